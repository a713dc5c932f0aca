// The accessible alternative to the diagram: a table of activities (select, start, delete), a
// form that connects an outcome to an activity, and a table of transitions (delete). Everything
// the mouse does on the diagram, except moving boxes, can be done here with the keyboard.

import { element, t, tn } from './text.js';

export class Lists {
    #activityHost;
    #transitionHost;
    #sourceSelect;
    #targetSelect;
    #model;
    #handlers;

    /**
     * @param {{activityHost: HTMLElement, transitionHost: HTMLElement, transitionForm: HTMLFormElement, sourceSelect: HTMLSelectElement, targetSelect: HTMLSelectElement}} elements
     * @param {import('./model.js').EditorModel} model
     * @param {{select: (id: string, focusSettings: boolean) => void, deleteActivity: (id: string) => void, connect: (source: string, outcome: string, target: string) => void, deleteTransition: (index: number) => void, setStart: (id: string, isStart: boolean) => void}} handlers
     */
    constructor(elements, model, handlers) {
        this.#activityHost = elements.activityHost;
        this.#transitionHost = elements.transitionHost;
        this.#sourceSelect = elements.sourceSelect;
        this.#targetSelect = elements.targetSelect;
        this.#model = model;
        this.#handlers = handlers;
        elements.transitionForm.addEventListener('submit', event => {
            event.preventDefault();
            if (!this.#sourceSelect.value || !this.#targetSelect.value) {
                return;
            }

            const [source, outcome] = JSON.parse(this.#sourceSelect.value);
            this.#handlers.connect(source, outcome, this.#targetSelect.value);
        });
    }

    render() {
        this.#renderActivities();
        this.#renderTransitionForm();
        this.#renderTransitions();
    }

    #renderActivities() {
        const model = this.#model;
        const activities = model.type.Activities;
        if (activities.length === 0) {
            this.#activityHost.replaceChildren(element('p', { text: t('noActivity') }));
            return;
        }

        const rows = activities.map(activity => {
            const id = activity.ActivityId;
            const errorCount = model.errorCount(id);
            const startCell = model.kindOf(activity)?.canStartWorkflow
                ? element('input', {
                    type: 'checkbox', checked: activity.IsStart, 'aria-label': `${t('isStart')} – ${id}`,
                    onchange: event => this.#handlers.setStart(id, event.target.checked),
                })
                : document.createTextNode(activity.IsStart ? t('yes') : t('no'));
            return element('tr', { class: model.selectedId === id ? 'wf-row-selected' : null, 'data-activity-id': id },
                element('th', { scope: 'row' }, id, errorCount > 0 ? element('span', { class: 'wf-error-badge', text: ` ⚠ ${tn('boxErrors', errorCount)}` }) : null),
                element('td', { text: model.kindText(activity) }),
                element('td', {}, startCell),
                element('td', { class: 'wf-actions' },
                    element('button', { type: 'button', 'data-action': 'select', onclick: () => this.#handlers.select(id, true) },
                        t('select'), element('span', { class: 'visually-hidden', text: ` – ${id}` })),
                    element('button', { type: 'button', class: 'wf-danger', 'data-action': 'delete', onclick: () => this.#handlers.deleteActivity(id) },
                        t('delete'), element('span', { class: 'visually-hidden', text: ` – ${id}` }))));
        });

        this.#activityHost.replaceChildren(element('table', { class: 'wf-table', id: 'wf-activities' },
            element('caption', { text: t('activitiesCaption') }),
            element('thead', {}, element('tr', {},
                ...[t('activity'), t('kind'), t('start'), t('actions')].map(text => element('th', { scope: 'col', text })))),
            element('tbody', {}, ...rows)));
    }

    #renderTransitionForm() {
        const model = this.#model;
        const previousSource = this.#sourceSelect.value;
        const previousTarget = this.#targetSelect.value;

        const groups = model.type.Activities
            .filter(activity => (model.outcomes.get(activity.ActivityId) ?? []).length > 0)
            .map(activity => element('optgroup', { label: activity.ActivityId },
                ...model.outcomes.get(activity.ActivityId).map(outcome => element('option', {
                    value: JSON.stringify([activity.ActivityId, outcome.name]),
                    text: `${activity.ActivityId} → ${outcome.displayText}`,
                }))));
        this.#sourceSelect.replaceChildren(element('option', { value: '', text: groups.length > 0 ? t('choose') : t('noOutcome') }), ...groups);
        this.#targetSelect.replaceChildren(element('option', { value: '', text: t('choose') }),
            ...model.type.Activities.map(activity => element('option', {
                value: activity.ActivityId,
                text: `${activity.ActivityId} (${model.kindText(activity)})`,
            })));

        // Keep the choices across re-renders, when they still exist.
        if ([...this.#sourceSelect.options].some(o => o.value === previousSource)) {
            this.#sourceSelect.value = previousSource;
        }

        if ([...this.#targetSelect.options].some(o => o.value === previousTarget)) {
            this.#targetSelect.value = previousTarget;
        }
    }

    #renderTransitions() {
        const model = this.#model;
        const transitions = model.type.Transitions;
        if (transitions.length === 0) {
            this.#transitionHost.replaceChildren(element('p', { text: t('noTransition') }));
            return;
        }

        const rows = transitions.map((transition, index) => {
            const errors = model.errors.byTransition.get(index) ?? [];
            const outcomeText = model.outcomeText(transition.SourceActivityId, transition.SourceOutcomeName);
            const description = `${transition.SourceActivityId} → ${outcomeText} → ${transition.DestinationActivityId}`;
            return element('tr', { 'data-transition-index': String(index) },
                element('td', { text: transition.SourceActivityId }),
                element('td', {}, outcomeText, errors.length > 0 ? element('p', { class: 'wf-field-error', text: errors.join(' ') }) : null),
                element('td', { text: transition.DestinationActivityId }),
                element('td', {}, element('button', {
                    type: 'button', class: 'wf-danger', onclick: () => this.#handlers.deleteTransition(index),
                }, t('delete'), element('span', { class: 'visually-hidden', text: ` – ${description}` }))));
        });

        this.#transitionHost.replaceChildren(element('table', { class: 'wf-table', id: 'wf-transitions' },
            element('caption', { text: t('transitionCaption') }),
            element('thead', {}, element('tr', {},
                ...[t('from'), t('outcome'), t('to'), t('actions')].map(text => element('th', { scope: 'col', text })))),
            element('tbody', {}, ...rows)));
    }
}
