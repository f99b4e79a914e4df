/**
 * The feed studio page: Biebkit's own elements for the previews, and the studio itself. The importer (with
 * SheetJS, ical.js and opening_hours) runs in the studio's worker, never in the elements' bundle.
 */
import './page.css';
import '@biebkit/elements/all';
import { FeedStudio } from './feed-studio.js';

if (!customElements.get('biebkit-studio')) customElements.define('biebkit-studio', FeedStudio);
