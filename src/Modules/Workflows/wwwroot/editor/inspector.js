// The side form of the selected activity: its id, the start flag and one field per setting that
// the activity kind declares (kinds from ActivitySettingKind: Text, Liquid, Condition, Number,
// Boolean, TextList, Choice). Save errors show under the field they concern.

import { element, t } from './text.js';

export class Inspector {
    #heading;
    #body;
    #model;
    #handlers;

    /**
     * @param {HTMLElement} heading the section's heading, focused when an activity is opened from the keyboard
     * @param {HTMLElement} body
     * @param {import('./model.js').EditorModel} model
     * @param {{settingChanged: (id: string) => void, deleteActivity: (id: string) => void, announce: (text: string) => void}} handlers
     */
    constructor(heading, body, model, handlers) {
        this.#heading = heading;
        this.#body = body;
        this.#model = model;
        this.#handlers = handlers;
        this.#heading.dataset.defaultText = heading.textContent;
    }

    /** Rebuilds the form, unless `onlyIfIdle` and a field of the form has the focus (the user is typing in it). */
    render({ onlyIfIdle = false } = {}) {
        if (onlyIfIdle && this.#body.contains(document.activeElement)) {
            return;
        }

        const activity = this.#model.selectedId ? this.#model.findActivity(this.#model.selectedId) : null;
        if (!activity) {
            this.#heading.textContent = this.#heading.dataset.defaultText;
            this.#body.replaceChildren(element('p', { class: 'wf-help', text: t('noSelection') }));
            return;
        }

        this.#heading.textContent = t('settingsOf', activity.ActivityId);
        const kind = this.#model.kindOf(activity);
        const errors = this.#model.errors.byActivity.get(activity.ActivityId) ?? { general: [], fields: new Map() };
        const form = element('form', { class: 'wf-settings', novalidate: true, onsubmit: event => event.preventDefault() });

        form.append(element('p', { class: 'wf-kind', text: this.#model.kindText(activity) }));
        if (errors.general.length > 0) {
            form.append(element('div', { class: 'wf-field-error', id: 'wf-activity-errors' },
                element('p', { text: t('errorsOf') }),
                element('ul', {}, ...errors.general.map(message => element('li', { text: message })))));
        }

        form.append(this.#idField(activity));
        form.append(this.#startField(activity, kind, errors.fields.get('IsStart') ?? []));
        for (const setting of kind?.settings ?? []) {
            form.append(this.#settingField(activity, setting, errors.fields.get(setting.name) ?? []));
        }

        const outcomes = this.#model.outcomes.get(activity.ActivityId) ?? [];
        form.append(element('p', {
            class: 'wf-help',
            text: outcomes.length > 0 ? t('outcomes', outcomes.map(o => o.displayText).join(', ')) : t('noOutcomes'),
        }));
        form.append(element('button', {
            type: 'button',
            class: 'wf-danger',
            text: t('deleteActivity'),
            onclick: () => this.#handlers.deleteActivity(activity.ActivityId),
        }));

        this.#body.replaceChildren(form);
    }

    focus() {
        this.#heading.focus();
    }

    /** Focuses the first field that has an error, if any; returns true when one was focused. */
    focusFirstError() {
        const field = this.#body.querySelector('[aria-invalid="true"]');
        field?.focus();
        return Boolean(field);
    }

    #idField(activity) {
        const input = element('input', {
            type: 'text', id: 'wf-activity-id', value: activity.ActivityId, required: true,
            autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'wf-activity-id-help wf-activity-id-error',
        });
        const error = element('p', { class: 'wf-field-error', id: 'wf-activity-id-error', hidden: true });
        input.addEventListener('change', () => {
            const problem = this.#model.renameActivity(activity.ActivityId, input.value.trim());
            error.hidden = problem === null;
            error.textContent = problem === null ? '' : t(problem);
            input.setAttribute('aria-invalid', problem === null ? 'false' : 'true');
            if (problem === null) {
                this.#heading.textContent = t('settingsOf', activity.ActivityId);
            }
        });

        return element('div', { class: 'wf-field' },
            element('label', { for: 'wf-activity-id', text: t('activityId') }),
            input,
            element('p', { class: 'wf-help', id: 'wf-activity-id-help', text: t('activityIdHelp') }),
            error);
    }

    #startField(activity, kind, messages) {
        if (!kind?.canStartWorkflow) {
            return element('div', { class: 'wf-field' },
                element('p', { class: 'wf-help', text: t('cannotStart') }),
                errorParagraph('wf-start-error', messages));
        }

        const input = element('input', {
            type: 'checkbox', id: 'wf-activity-start', checked: activity.IsStart,
            'aria-describedby': 'wf-start-help wf-start-error', 'aria-invalid': messages.length > 0 ? 'true' : null,
        });
        input.addEventListener('change', () => {
            this.#model.setStart(activity.ActivityId, input.checked);
            this.#handlers.announce(t(input.checked ? 'startOn' : 'startOff', activity.ActivityId));
        });

        return element('div', { class: 'wf-field wf-check' },
            input, ' ',
            element('label', { for: 'wf-activity-start', text: t('isStart') }),
            element('p', { class: 'wf-help', id: 'wf-start-help', text: t('isStartHelp') }),
            errorParagraph('wf-start-error', messages));
    }

    #settingField(activity, setting, messages) {
        const id = `wf-setting-${setting.name}`;
        const helpId = `${id}-help`;
        const errorId = `${id}-error`;
        const value = activity.Properties[setting.name];
        const common = {
            id,
            name: setting.name,
            required: setting.isRequired,
            'aria-describedby': `${helpId} ${errorId}`,
            'aria-invalid': messages.length > 0 ? 'true' : null,
        };
        const label = element('label', { for: id }, setting.displayText,
            setting.isRequired ? element('span', { class: 'wf-required', text: ` (${t('required')})` }) : null);
        const update = newValue => {
            this.#model.setSetting(activity.ActivityId, setting.name, newValue);
            this.#handlers.settingChanged(activity.ActivityId);
        };

        let input;
        let help = '';
        switch (setting.kind) {
            case 'Boolean':
                input = element('input', { ...common, type: 'checkbox', checked: value === true });
                input.addEventListener('change', () => update(input.checked));
                return element('div', { class: 'wf-field wf-check' }, input, ' ', label,
                    element('p', { class: 'wf-help', id: helpId }), errorParagraph(errorId, messages));
            case 'Number':
                input = element('input', { ...common, type: 'number', step: 'any', value: typeof value === 'number' ? String(value) : '' });
                input.addEventListener('input', () => update(input.value === '' ? undefined : Number(input.value)));
                break;
            case 'TextList':
                input = element('textarea', { ...common, rows: 4 });
                input.value = Array.isArray(value) ? value.join('\n') : '';
                input.addEventListener('input', () => update(input.value.split('\n').map(line => line.trim()).filter(line => line.length > 0)));
                help = t('listHelp');
                break;
            case 'Choice':
                input = element('select', common,
                    value === undefined ? element('option', { value: '', text: t('choose') }) : null,
                    ...(setting.choices ?? []).map(choice => element('option', { value: choice, selected: choice === value, text: choice })));
                input.addEventListener('change', () => update(input.value === '' ? undefined : input.value));
                break;
            case 'Liquid':
            case 'Condition':
                input = element('textarea', { ...common, rows: setting.name === 'Body' ? 6 : 2, class: 'wf-code', spellcheck: 'false' });
                input.value = typeof value === 'string' ? value : '';
                input.addEventListener('input', () => update(input.value));
                help = t(setting.kind === 'Liquid' ? 'liquidHelp' : 'conditionHelp');
                break;
            default:
                input = element('input', { ...common, type: 'text', value: typeof value === 'string' ? value : '' });
                input.addEventListener('input', () => update(input.value));
                break;
        }

        return element('div', { class: 'wf-field' }, label, input,
            element('p', { class: 'wf-help', id: helpId, text: help }), errorParagraph(errorId, messages));
    }
}

function errorParagraph(id, messages) {
    return element('p', { class: 'wf-field-error', id, hidden: messages.length === 0, text: messages.join(' ') });
}
