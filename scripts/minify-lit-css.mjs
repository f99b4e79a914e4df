// A Vite/Rolldown plugin for the CDN build: minifies the CSS inside Lit's css`` templates (which the JS
// minifier leaves as written), without interpolations only, and collapses line-break white space in html``. Conservative: comments go, runs of white space
// become one space, and the space around { } ; and after , and : is dropped; strings are left alone.
export function minifyCss(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, i + 1);
      const stop = end === -1 ? text.length : end + 1;
      out += text.slice(i, stop);
      i = stop;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (/\s/.test(ch)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      const prev = out.at(-1) ?? '';
      const next = text[i] ?? '';
      if (!'{};,:>'.includes(prev) && !'{};,>'.includes(next) && prev !== '' && next !== '') out += ' ';
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(/;}/g, '}').trim();
}

export function minifyLitCss() {
  return {
    name: 'biebkit-minify-lit-css',
    transform(code, id) {
      if (!/packages\/elements\/src\/.*\.ts$/.test(id) || /\.(test|stories)\.ts$/.test(id)) return null;
      const css = code.replace(/\bcss`([^`$\\]*)`/g, (match, body) => `css\`${minifyCss(body)}\``);
      const result = collapseTemplateWhitespace(css);
      return result === code ? null : { code: result, map: null };
    },
  };
}

/**
 * In html`` and svg`` templates, a run of white space that contains a line break renders as one space
 * anyway (the templates hold no <pre>): write it as one. Expressions inside ${…} are copied untouched
 * (their own nested templates are handled too).
 */
export function collapseTemplateWhitespace(code) {
  let out = '';
  let i = 0;
  const copyString = (quote) => {
    const start = i++;
    while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
    i++;
    out += code.slice(start, i);
  };
  // Copies a JS expression up to its closing brace (depth 0), handling strings and nested templates.
  const copyExpression = () => {
    let depth = 0;
    while (i < code.length) {
      const ch = code[i];
      if (ch === "'" || ch === '"') copyString(ch);
      else if (ch === '`') copyTemplate(/(?:html|svg)$/.test(out.trimEnd()));
      else if (ch === '{') {
        depth++;
        out += ch;
        i++;
      } else if (ch === '}') {
        if (depth === 0) return;
        depth--;
        out += ch;
        i++;
      } else {
        out += ch;
        i++;
      }
    }
  };
  // Copies a template literal starting at the backtick; collapses its text when it is an html/svg one.
  const copyTemplate = (markup) => {
    out += '`';
    i++;
    let text = '';
    const flush = () => {
      out += markup ? text.replace(/[ \t]*\n\s*/g, ' ') : text;
      text = '';
    };
    while (i < code.length) {
      const ch = code[i];
      if (ch === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (ch === '$' && code[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        copyExpression();
        out += '}';
        i++;
      } else {
        text += ch;
        i++;
      }
    }
    flush();
  };
  while (i < code.length) {
    const ch = code[i];
    if (ch === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      const stop = end === -1 ? code.length : end;
      out += code.slice(i, stop);
      i = stop;
    } else if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? code.length : end + 2;
      out += code.slice(i, stop);
      i = stop;
    } else if (ch === "'" || ch === '"') copyString(ch);
    else if (ch === '`') copyTemplate(/(?:html|svg)$/.test(out.trimEnd()));
    else {
      out += ch;
      i++;
    }
  }
  return out;
}
