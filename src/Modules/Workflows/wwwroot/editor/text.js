// Localized texts rendered by Edit.cshtml into #wf-editor-texts, with .NET-style {0} placeholders.

const texts = JSON.parse(document.getElementById('wf-editor-texts')?.textContent ?? '{}');

/** Returns the text named `key` with {0}, {1}… replaced by `args`; the key itself when it is missing. */
export function t(key, ...args) {
    const text = texts[key] ?? key;
    return text.replace(/\{(\d+)\}/g, (match, index) => (index < args.length ? String(args[index]) : match));
}

const pluralRules = new Intl.PluralRules(document.documentElement.lang || 'fr');

/**
 * Returns the plural form of `key` for `count`: the text `key.one` or `key.other` that Edit.cshtml
 * rendered, chosen by the page language's rules (French: 0 and 1 are singular; English: only 1),
 * with {0} replaced by `count` and {1}… by `args`.
 */
export function tn(key, count, ...args) {
    return t(`${key}.${pluralRules.select(count) === 'one' ? 'one' : 'other'}`, count, ...args);
}

/** Creates an element with attributes and children; attributes with null or false values are skipped. */
export function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }

        if (name.startsWith('on') && typeof value === 'function') {
            node.addEventListener(name.slice(2), value);
        } else if (name === 'text') {
            node.textContent = value;
        } else {
            node.setAttribute(name, value === true ? '' : value);
        }
    }

    node.append(...children.filter(child => child !== null && child !== undefined));
    return node;
}
