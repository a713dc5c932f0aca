// The editor's state: the workflow type being edited (in the API's PascalCase shape), the activity
// kinds of the tenant, each activity's current outcomes, the selection and the last save errors.
// Every change dispatches a "change" event whose detail.kind names what changed:
// "structure" (activities, transitions, positions, start flags), "selection", "settings", "errors", "type".

export const ACTIVITY_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

const GRID = 10;

export class EditorModel extends EventTarget {
    /** @type {{WorkflowTypeId: string, Name: string, IsEnabled: boolean, IsSingleton: boolean, DeleteFinishedWorkflows: boolean, Activities: any[], Transitions: any[]}} */
    type;

    /** @type {Map<string, any>} activity kind name → descriptor from GET /admin/workflows/activities */
    kinds = new Map();

    /** @type {Map<string, {name: string, displayText: string}[]>} activity id → outcomes with its current settings */
    outcomes = new Map();

    selectedId = null;

    /** Save errors: { general: string[], typeName: string[], byActivity: Map<id, {general: string[], fields: Map<setting, string[]>}>, byTransition: Map<index, string[]> } */
    errors = emptyErrors();

    dirty = false;

    constructor(workflowType, descriptors) {
        super();
        this.type = normalizeType(workflowType);
        for (const descriptor of descriptors) {
            this.kinds.set(descriptor.name, descriptor);
        }

        for (const activity of this.type.Activities) {
            this.outcomes.set(activity.ActivityId, this.kinds.get(activity.Name)?.outcomes ?? []);
        }
    }

    findActivity(activityId) {
        return this.type.Activities.find(a => a.ActivityId === activityId) ?? null;
    }

    kindOf(activity) {
        return this.kinds.get(activity.Name) ?? null;
    }

    /** The kind's display text, or the raw kind name when the kind is unknown on this tenant. */
    kindText(activity) {
        return this.kindOf(activity)?.displayText ?? activity.Name;
    }

    outcomeText(activityId, outcomeName) {
        return this.outcomes.get(activityId)?.find(o => o.name === outcomeName)?.displayText ?? outcomeName;
    }

    /** Adds an activity of kind `kindName` at a free place of the grid and selects it. */
    addActivity(kindName) {
        const kind = this.kinds.get(kindName);
        const activity = {
            ActivityId: this.#newActivityId(kindName),
            Name: kindName,
            X: 0,
            Y: 0,
            IsStart: false,
            Properties: {},
        };
        Object.assign(activity, this.#freePosition());
        this.type.Activities.push(activity);
        this.outcomes.set(activity.ActivityId, kind?.outcomes ?? []);
        this.selectedId = activity.ActivityId;
        this.#changed('structure');
        return activity;
    }

    /** Deletes the activity and every transition from or to it; returns the number of transitions deleted. */
    deleteActivity(activityId) {
        const before = this.type.Transitions.length;
        this.type.Activities = this.type.Activities.filter(a => a.ActivityId !== activityId);
        this.type.Transitions = this.type.Transitions.filter(
            t => t.SourceActivityId !== activityId && t.DestinationActivityId !== activityId);
        this.outcomes.delete(activityId);
        this.errors.byActivity.delete(activityId);
        if (this.selectedId === activityId) {
            this.selectedId = null;
        }

        this.#changed('structure');
        return before - this.type.Transitions.length;
    }

    moveActivity(activityId, x, y) {
        const activity = this.findActivity(activityId);
        if (!activity) {
            return;
        }

        activity.X = Math.max(0, Math.round(x / GRID) * GRID);
        activity.Y = Math.max(0, Math.round(y / GRID) * GRID);
        this.#changed('structure');
    }

    /** Renames an activity and its transitions. Returns an error key for t(), or null when renamed. */
    renameActivity(activityId, newId) {
        if (!ACTIVITY_ID_PATTERN.test(newId)) {
            return 'activityIdInvalid';
        }

        if (newId !== activityId && this.findActivity(newId)) {
            return 'activityIdTaken';
        }

        const activity = this.findActivity(activityId);
        if (!activity || newId === activityId) {
            return null;
        }

        activity.ActivityId = newId;
        for (const transition of this.type.Transitions) {
            if (transition.SourceActivityId === activityId) {
                transition.SourceActivityId = newId;
            }

            if (transition.DestinationActivityId === activityId) {
                transition.DestinationActivityId = newId;
            }
        }

        this.outcomes.set(newId, this.outcomes.get(activityId) ?? []);
        this.outcomes.delete(activityId);
        if (this.errors.byActivity.has(activityId)) {
            this.errors.byActivity.set(newId, this.errors.byActivity.get(activityId));
            this.errors.byActivity.delete(activityId);
        }

        if (this.selectedId === activityId) {
            this.selectedId = newId;
        }

        this.#changed('structure');
        return null;
    }

    setStart(activityId, isStart) {
        const activity = this.findActivity(activityId);
        if (activity) {
            activity.IsStart = isStart;
            this.#changed('structure');
        }
    }

    setSetting(activityId, settingName, value) {
        const activity = this.findActivity(activityId);
        if (activity) {
            activity.Properties[settingName] = value;
            this.#changed('settings');
        }
    }

    setOutcomes(outcomesById) {
        for (const [activityId, outcomes] of Object.entries(outcomesById)) {
            if (this.findActivity(activityId)) {
                this.outcomes.set(activityId, outcomes);
            }
        }

        this.dispatchEvent(new CustomEvent('change', { detail: { kind: 'structure' } }));
    }

    setTypeField(field, value) {
        this.type[field] = value;
        this.#changed('type');
    }

    /** Adds a transition unless the same one exists; returns false when it already existed. */
    connect(sourceActivityId, outcomeName, destinationActivityId) {
        const exists = this.type.Transitions.some(t => t.SourceActivityId === sourceActivityId
            && t.SourceOutcomeName === outcomeName && t.DestinationActivityId === destinationActivityId);
        if (exists) {
            return false;
        }

        this.type.Transitions.push({ SourceActivityId: sourceActivityId, SourceOutcomeName: outcomeName, DestinationActivityId: destinationActivityId });
        this.#changed('structure');
        return true;
    }

    deleteTransition(index) {
        const [removed] = this.type.Transitions.splice(index, 1);
        this.errors.byTransition.clear();
        this.#changed('structure');
        return removed;
    }

    select(activityId) {
        this.selectedId = activityId;
        this.dispatchEvent(new CustomEvent('change', { detail: { kind: 'selection' } }));
    }

    /** Returns the JSON body of PUT /admin/workflows/types/{id}: a copy, so later edits do not change what was sent. */
    snapshot() {
        return structuredClone(this.type);
    }

    /**
     * Files the validator's errors (keyed by JSON paths of `sent`, the body that was saved) under
     * the activity, setting or transition they name, so each shows next to its field.
     */
    setSaveErrors(errorsByPath, sent) {
        const errors = emptyErrors();
        for (const [path, messages] of Object.entries(errorsByPath)) {
            const activityMatch = /^Activities\[(\d+)\](?:\.(\w+)(?:\.(\w+))?)?$/.exec(path);
            const transitionMatch = /^Transitions\[(\d+)\]/.exec(path);
            if (activityMatch && sent.Activities[Number(activityMatch[1])]) {
                const activityId = sent.Activities[Number(activityMatch[1])].ActivityId;
                const entry = errors.byActivity.get(activityId) ?? { general: [], fields: new Map() };
                let field = null;
                if (activityMatch[2] === 'Properties') {
                    field = activityMatch[3];
                } else if (activityMatch[2] === 'IsStart') {
                    field = 'IsStart';
                }

                if (field) {
                    entry.fields.set(field, [...(entry.fields.get(field) ?? []), ...messages]);
                } else {
                    entry.general.push(...messages);
                }

                errors.byActivity.set(activityId, entry);
            } else if (transitionMatch && sent.Transitions[Number(transitionMatch[1])]) {
                const index = Number(transitionMatch[1]);
                errors.byTransition.set(index, [...(errors.byTransition.get(index) ?? []), ...messages]);
            } else if (path === 'Name') {
                errors.typeName.push(...messages);
            } else {
                errors.general.push(...messages);
            }
        }

        this.errors = errors;
        this.dispatchEvent(new CustomEvent('change', { detail: { kind: 'errors' } }));
    }

    clearErrors() {
        this.errors = emptyErrors();
        this.dispatchEvent(new CustomEvent('change', { detail: { kind: 'errors' } }));
    }

    markSaved() {
        this.dirty = false;
        this.dispatchEvent(new CustomEvent('change', { detail: { kind: 'saved' } }));
    }

    errorCount(activityId) {
        const entry = this.errors.byActivity.get(activityId);
        if (!entry) {
            return 0;
        }

        let count = entry.general.length;
        for (const messages of entry.fields.values()) {
            count += messages.length;
        }

        return count;
    }

    #changed(kind) {
        this.dirty = true;
        this.dispatchEvent(new CustomEvent('change', { detail: { kind } }));
    }

    /** "SendEmailTask" gives "send-email-task-1", or the next free number. */
    #newActivityId(kindName) {
        const base = kindName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
        for (let number = 1; ; number++) {
            const candidate = `${base}-${number}`;
            if (!this.findActivity(candidate)) {
                return candidate;
            }
        }
    }

    /** The first cell of a 4-column grid (260 × 170 units) that no activity's top-left corner falls in. */
    #freePosition() {
        for (let cell = 0; cell < 1000; cell++) {
            const x = 40 + (cell % 4) * 260;
            const y = 40 + Math.floor(cell / 4) * 170;
            const taken = this.type.Activities.some(a => a.X >= x - 130 && a.X < x + 130 && a.Y >= y - 85 && a.Y < y + 85);
            if (!taken) {
                return { X: x, Y: y };
            }
        }

        return { X: 40, Y: 40 };
    }
}

function emptyErrors() {
    return { general: [], typeName: [], byActivity: new Map(), byTransition: new Map() };
}

function normalizeType(workflowType) {
    return {
        WorkflowTypeId: workflowType.WorkflowTypeId ?? '',
        Name: workflowType.Name ?? '',
        IsEnabled: Boolean(workflowType.IsEnabled),
        IsSingleton: Boolean(workflowType.IsSingleton),
        DeleteFinishedWorkflows: Boolean(workflowType.DeleteFinishedWorkflows),
        Activities: (workflowType.Activities ?? []).map(a => ({ ...a, Properties: a.Properties ?? {} })),
        Transitions: workflowType.Transitions ?? [],
    };
}
