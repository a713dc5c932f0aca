// Entry point of the workflow editor page (Views/WorkflowEditor/Edit.cshtml): loads the workflow
// type and the tenant's activity kinds, then wires the palette, diagram, settings form, tables,
// type form and save button to one EditorModel.

import { EditorApi, HttpError } from './api.js';
import { Canvas } from './canvas.js';
import { Inspector } from './inspector.js';
import { Lists } from './lists.js';
import { EditorModel } from './model.js';
import { element, t, tn } from './text.js';

const root = document.getElementById('wf-editor');
const live = document.getElementById('wf-live');
const api = new EditorApi({
    typeUrl: root.dataset.typeUrl,
    activitiesUrl: root.dataset.activitiesUrl,
    outcomesUrl: root.dataset.outcomesUrl,
    antiforgeryUrl: root.dataset.antiforgeryUrl,
});

function announce(text) {
    // Clearing first makes screen readers announce the same text twice in a row.
    live.textContent = '';
    requestAnimationFrame(() => { live.textContent = text; });
}

async function start() {
    let workflowType;
    let descriptors;
    try {
        [workflowType, descriptors] = await Promise.all([api.loadType(), api.loadActivities()]);
    } catch (error) {
        announce(t('loadFailed', error instanceof HttpError ? `HTTP ${error.status}` : error.message));
        return;
    }

    const model = new EditorModel(workflowType, descriptors);
    const editor = new Editor(model);
    editor.renderAll();
    await editor.refreshOutcomes(model.type.Activities);
    root.dataset.ready = 'true';
}

class Editor {
    #model;
    #canvas;
    #inspector;
    #lists;
    #typeForm = document.getElementById('wf-type-form');
    #summary = document.getElementById('wf-error-summary');
    #outcomeRequests = new Map();

    constructor(model) {
        this.#model = model;
        const handlers = {
            select: (id, focusSettings) => this.select(id, focusSettings),
            connect: (source, outcome, target) => this.connect(source, outcome, target),
            deleteActivity: id => this.deleteActivity(id),
            deleteTransition: index => this.deleteTransition(index),
            setStart: (id, isStart) => {
                model.setStart(id, isStart);
                announce(t(isStart ? 'startOn' : 'startOff', id));
            },
            settingChanged: id => this.#refreshOutcomesSoon(id),
            announce,
        };
        this.#canvas = new Canvas(document.getElementById('wf-canvas'), model, handlers);
        this.#inspector = new Inspector(document.getElementById('wf-inspector-heading'), document.getElementById('wf-inspector-body'), model, handlers);
        this.#lists = new Lists({
            activityHost: document.getElementById('wf-activity-table'),
            transitionHost: document.getElementById('wf-transition-table'),
            transitionForm: document.getElementById('wf-transition-form'),
            sourceSelect: document.getElementById('wf-transition-source'),
            targetSelect: document.getElementById('wf-transition-target'),
        }, model, handlers);

        model.addEventListener('change', event => this.#onChange(event.detail.kind));
        this.#buildPalette();
        this.#bindTypeForm();
        window.addEventListener('beforeunload', event => {
            if (model.dirty) {
                event.preventDefault();
            }
        });
    }

    renderAll() {
        this.#canvas.render();
        this.#inspector.render();
        this.#lists.render();
        this.#renderTypeErrors();
        this.#renderDirty();
    }

    select(id, focusSettings) {
        this.#model.select(id);
        announce(t('activitySelected', id));
        if (focusSettings) {
            this.#inspector.focus();
        }
    }

    connect(source, outcome, target) {
        if (!this.#model.connect(source, outcome, target)) {
            announce(t('transitionExists'));
            return;
        }

        announce(t('transitionAdded', source, this.#model.outcomeText(source, outcome), target));
    }

    deleteActivity(id) {
        const count = this.#model.deleteActivity(id);
        announce(t('activityDeleted', id, count));

        // The focused button is gone with its row: continue from the tables' heading.
        if (!document.activeElement || document.activeElement === document.body) {
            document.getElementById('wf-lists-heading').setAttribute('tabindex', '-1');
            document.getElementById('wf-lists-heading').focus();
        }
    }

    deleteTransition(index) {
        const transition = this.#model.deleteTransition(index);
        announce(t('transitionDeleted', transition.SourceActivityId,
            this.#model.outcomeText(transition.SourceActivityId, transition.SourceOutcomeName), transition.DestinationActivityId));
        if (!document.activeElement || document.activeElement === document.body) {
            document.getElementById('wf-transition-source').focus();
        }
    }

    async save() {
        const model = this.#model;
        const sent = model.snapshot();
        const button = document.getElementById('wf-save');
        button.disabled = true;
        announce(t('saving'));
        try {
            const result = await api.saveType(sent);
            if (result.ok) {
                model.clearErrors();
                model.markSaved();
                this.#summary.hidden = true;
                announce(t('saved'));
                return;
            }

            model.setSaveErrors(result.errors, sent);
            const count = Object.values(result.errors).reduce((sum, messages) => sum + messages.length, 0);
            this.#showSummary(tn('saveRejected', count));
        } catch (error) {
            this.#showSummary(t('saveFailed', error instanceof HttpError ? `HTTP ${error.status}` : error.message));
        } finally {
            button.disabled = false;
        }
    }

    /** Asks the server for the outcomes of `activities` with their current settings (a user task's outcomes are its actions). */
    async refreshOutcomes(activities) {
        if (activities.length === 0) {
            return;
        }

        const records = activities.map(a => ({ ActivityId: a.ActivityId, Name: a.Name, Properties: a.Properties }));
        try {
            this.#model.setOutcomes(await api.listOutcomes(records));
        } catch (error) {
            // The outcomes drawn stay those of the kind's defaults; saving still validates the transitions.
            console.warn('Reading the outcomes of the activities failed', error);
        }
    }

    #refreshOutcomesSoon(activityId) {
        clearTimeout(this.#outcomeRequests.get(activityId));
        this.#outcomeRequests.set(activityId, setTimeout(() => {
            this.#outcomeRequests.delete(activityId);
            const activity = this.#model.findActivity(activityId);
            if (activity) {
                this.refreshOutcomes([activity]);
            }
        }, 400));
    }

    #onChange(kind) {
        if (kind !== 'settings' && kind !== 'type' && kind !== 'saved') {
            this.#canvas.render();
            this.#lists.render();
        }

        if (kind === 'selection' || kind === 'errors') {
            this.#inspector.render();
        } else if (kind === 'structure') {
            this.#inspector.render({ onlyIfIdle: true });
        }

        if (kind === 'errors') {
            this.#renderTypeErrors();
        }

        this.#renderDirty();
    }

    #renderDirty() {
        document.getElementById('wf-dirty').hidden = !this.#model.dirty;
    }

    #buildPalette() {
        const host = document.getElementById('wf-palette-groups');
        const byCategory = new Map();
        for (const kind of this.#model.kinds.values()) {
            const list = byCategory.get(kind.category) ?? [];
            list.push(kind);
            byCategory.set(kind.category, list);
        }

        // Events first: a workflow starts with one.
        const categories = [...byCategory.entries()].sort(([, a], [, b]) => Number(b[0].isEvent) - Number(a[0].isEvent));
        host.replaceChildren(...categories.map(([category, kinds], index) => element('div', { class: 'wf-palette-group' },
            element('h3', { id: `wf-palette-category-${index}`, text: category }),
            element('ul', { 'aria-labelledby': `wf-palette-category-${index}` }, ...kinds.map(kind => element('li', {},
                element('button', {
                    type: 'button',
                    class: kind.isEvent ? 'wf-palette-event' : 'wf-palette-task',
                    'data-kind': kind.name,
                    'aria-label': t('addNamed', kind.displayText),
                    onclick: () => {
                        const activity = this.#model.addActivity(kind.name);
                        announce(t('activityAdded', activity.ActivityId, kind.displayText));
                    },
                }, kind.displayText)))))));
    }

    #bindTypeForm() {
        const model = this.#model;
        const form = this.#typeForm;
        const name = form.elements.namedItem('Name');
        name.value = model.type.Name;
        name.addEventListener('input', () => model.setTypeField('Name', name.value));
        for (const field of ['IsEnabled', 'IsSingleton', 'DeleteFinishedWorkflows']) {
            const checkbox = form.elements.namedItem(field);
            checkbox.checked = model.type[field];
            checkbox.addEventListener('change', () => model.setTypeField(field, checkbox.checked));
        }

        form.addEventListener('submit', event => {
            event.preventDefault();
            this.save();
        });
    }

    #renderTypeErrors() {
        const messages = this.#model.errors.typeName;
        const error = document.getElementById('wf-type-name-error');
        error.hidden = messages.length === 0;
        error.textContent = messages.join(' ');
        document.getElementById('wf-type-name').setAttribute('aria-invalid', messages.length > 0 ? 'true' : 'false');
    }

    /** Lists every error with a link to its activity, then moves the focus to the list so it is read first. */
    #showSummary(intro) {
        const model = this.#model;
        const items = [...model.errors.general, ...model.errors.typeName].map(message => element('li', { text: message }));
        for (const [activityId, entry] of model.errors.byActivity) {
            const messages = [...entry.general, ...[...entry.fields.values()].flat()];
            for (const message of messages) {
                items.push(element('li', {}, message, ' ', element('button', {
                    type: 'button', class: 'wf-link-button', onclick: () => {
                        this.select(activityId, false);
                        if (!this.#inspector.focusFirstError()) {
                            this.#inspector.focus();
                        }
                    },
                }, t('goToActivity', activityId))));
            }
        }

        for (const messages of model.errors.byTransition.values()) {
            items.push(...messages.map(message => element('li', { text: message })));
        }

        document.getElementById('wf-error-intro').textContent = intro;
        this.#summary.querySelector('ul').replaceChildren(...items);
        this.#summary.hidden = false;
        this.#summary.focus();
    }
}

start();
