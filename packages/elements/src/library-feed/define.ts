import { defineElement } from '../shared/define.js';
import { LibraryFeed } from './library-feed.js';

defineElement('library-feed', LibraryFeed);

export { LibraryFeed };
