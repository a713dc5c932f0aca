// The SVG diagram: one box per activity (id, kind, start marker, one connector per outcome) and
// one arrow per transition. Mouse: drag a box to move it, drag from an outcome connector to a box
// to connect. Keyboard: each box is a focusable button, named by its visible texts (id, kind,
// start marker, errors, outcomes); Enter or Space selects it, the arrow keys move it (10 units, 50 with Shift). Connecting by keyboard uses the transition form (lists.js).

import { t, tn } from './text.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const BOX_MIN_WIDTH = 200;
const BOX_HEIGHT = 80;
const OUTCOME_SPACING = 100;
const MAX_TITLE_LENGTH = 24;
const DRAG_THRESHOLD = 4;

export class Canvas {
    #svg;
    #model;
    #handlers;
    #drag = null;
    #moveAnnouncement = 0;

    /**
     * @param {SVGSVGElement} svg
     * @param {import('./model.js').EditorModel} model
     * @param {{select: (id: string, focusSettings: boolean) => void, connect: (source: string, outcome: string, target: string) => void, announce: (text: string) => void}} handlers
     */
    constructor(svg, model, handlers) {
        this.#svg = svg;
        this.#model = model;
        this.#handlers = handlers;
        svg.addEventListener('pointerdown', event => this.#onPointerDown(event));
        svg.addEventListener('pointermove', event => this.#onPointerMove(event));
        svg.addEventListener('pointerup', event => this.#onPointerUp(event));
        svg.addEventListener('pointercancel', () => this.#cancelDrag());
        svg.addEventListener('keydown', event => this.#onKeyDown(event));
    }

    render() {
        const focusedId = this.#svg.contains(document.activeElement) ? document.activeElement.dataset.activityId : null;
        const activities = this.#model.type.Activities;
        const boxes = new Map(activities.map(a => [a.ActivityId, this.#geometry(a)]));

        const width = Math.max(800, ...activities.map(a => a.X + boxes.get(a.ActivityId).width + 80));
        const height = Math.max(420, ...activities.map(a => a.Y + BOX_HEIGHT + 80));
        this.#svg.setAttribute('width', width);
        this.#svg.setAttribute('height', height);
        this.#svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
        this.#svg.replaceChildren(arrowMarkers());

        const arrows = svgElement('g', { class: 'wf-arrows', 'aria-hidden': 'true' });
        this.#model.type.Transitions.forEach((transition, index) => {
            const source = boxes.get(transition.SourceActivityId);
            const target = boxes.get(transition.DestinationActivityId);
            const start = source?.connectors.get(transition.SourceOutcomeName);
            if (!source || !target || !start) {
                return;
            }

            const hasError = this.#model.errors.byTransition.has(index);
            arrows.append(svgElement('path', {
                class: hasError ? 'wf-arrow wf-arrow-error' : 'wf-arrow',
                d: curve(start.x, start.y, target.x + target.width / 2, target.y),
                'marker-end': hasError ? 'url(#wf-arrowhead-error)' : 'url(#wf-arrowhead)',
            }));
        });
        this.#svg.append(arrows);

        for (const activity of activities) {
            this.#svg.append(this.#box(activity, boxes.get(activity.ActivityId)));
        }

        if (focusedId) {
            this.#svg.querySelector(`[data-activity-id="${CSS.escape(focusedId)}"]`)?.focus();
        }
    }

    #geometry(activity) {
        const outcomes = this.#model.outcomes.get(activity.ActivityId) ?? [];
        const width = Math.max(BOX_MIN_WIDTH, outcomes.length * OUTCOME_SPACING);
        const connectors = new Map(outcomes.map((outcome, index) => [outcome.name, {
            x: activity.X + (width / outcomes.length) * (index + 0.5),
            y: activity.Y + BOX_HEIGHT,
            text: outcome.displayText,
        }]));
        return { x: activity.X, y: activity.Y, width, connectors };
    }

    #box(activity, geometry) {
        const model = this.#model;
        const errorCount = model.errorCount(activity.ActivityId);
        const selected = model.selectedId === activity.ActivityId;
        const kindText = model.kindText(activity);

        const group = svgElement('g', {
            class: ['wf-box', selected ? 'wf-box-selected' : '', errorCount > 0 ? 'wf-box-error' : '', model.kindOf(activity)?.isEvent ? 'wf-box-event' : 'wf-box-task'].join(' ').trim(),
            transform: `translate(${activity.X} ${activity.Y})`,
            tabindex: '0',
            role: 'button',
            'aria-pressed': selected ? 'true' : 'false',
            'data-activity-id': activity.ActivityId,
        });

        group.append(svgElement('rect', { class: 'wf-box-frame', width: geometry.width, height: BOX_HEIGHT, rx: 8 }));
        const title = activity.ActivityId.length > MAX_TITLE_LENGTH
            ? activity.ActivityId.slice(0, MAX_TITLE_LENGTH - 1) + '…'
            : activity.ActivityId;
        group.append(svgText('wf-box-title', 12, 22, title));
        group.append(svgText('wf-box-kind', 12, 42, kindText));

        if (activity.IsStart) {
            group.append(svgElement('rect', { class: 'wf-start-badge', x: geometry.width - 62, y: -12, width: 58, height: 22, rx: 11 }));
            group.append(svgText('wf-start-text', geometry.width - 33, 4, t('startMarker'), 'middle'));
        }

        if (errorCount > 0) {
            group.append(svgText('wf-box-error-text', geometry.width - 12, 42, `⚠ ${tn('boxErrors', errorCount)}`, 'end'));
        }

        for (const [name, connector] of geometry.connectors) {
            const x = connector.x - activity.X;
            group.append(svgText('wf-outcome-text', x, BOX_HEIGHT - 10, connector.text, 'middle'));
            group.append(svgElement('circle', {
                class: 'wf-connector', cx: x, cy: BOX_HEIGHT, r: 8,
                'data-outcome': name, 'data-source': activity.ActivityId,
            }));
        }

        return group;
    }

    #toSvgPoint(event) {
        const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(this.#svg.getScreenCTM().inverse());
        return { x: point.x, y: point.y };
    }

    #onPointerDown(event) {
        if (event.button !== 0) {
            return;
        }

        const connector = event.target.closest('.wf-connector');
        const box = event.target.closest('[data-activity-id]');
        const point = this.#toSvgPoint(event);
        if (connector) {
            this.#drag = { mode: 'connect', source: connector.dataset.source, outcome: connector.dataset.outcome, start: point };
            const line = svgElement('path', { class: 'wf-arrow wf-arrow-pending', d: '' });
            this.#drag.line = line;
            this.#svg.append(line);
        } else if (box) {
            const activity = this.#model.findActivity(box.dataset.activityId);
            this.#drag = { mode: 'move', id: activity.ActivityId, start: point, origin: { x: activity.X, y: activity.Y }, moved: false };
        } else {
            return;
        }

        this.#svg.setPointerCapture(event.pointerId);
        event.preventDefault();
    }

    #onPointerMove(event) {
        const drag = this.#drag;
        if (!drag) {
            return;
        }

        const point = this.#toSvgPoint(event);
        if (drag.mode === 'connect') {
            drag.line.setAttribute('d', curve(drag.start.x, drag.start.y, point.x, point.y));
            return;
        }

        const dx = point.x - drag.start.x;
        const dy = point.y - drag.start.y;
        if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) {
            return;
        }

        drag.moved = true;
        this.#model.moveActivity(drag.id, drag.origin.x + dx, drag.origin.y + dy);
    }

    #onPointerUp(event) {
        const drag = this.#drag;
        this.#drag = null;
        if (!drag) {
            return;
        }

        if (drag.mode === 'connect') {
            drag.line.remove();
            const target = document.elementFromPoint(event.clientX, event.clientY)?.closest('[data-activity-id]');
            if (target && this.#svg.contains(target)) {
                this.#handlers.connect(drag.source, drag.outcome, target.dataset.activityId);
            }
        } else if (!drag.moved) {
            this.#handlers.select(drag.id, false);
        }
    }

    #cancelDrag() {
        this.#drag?.line?.remove();
        this.#drag = null;
    }

    #onKeyDown(event) {
        const box = event.target.closest?.('[data-activity-id]');
        if (!box) {
            return;
        }

        const id = box.dataset.activityId;
        if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            this.#handlers.select(id, true);
            return;
        }

        const step = event.shiftKey ? 50 : 10;
        const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
        const move = moves[event.key];
        if (!move) {
            return;
        }

        event.preventDefault();
        const activity = this.#model.findActivity(id);
        this.#model.moveActivity(id, activity.X + move[0], activity.Y + move[1]);

        // One announcement after the keys stop, rather than one per step.
        clearTimeout(this.#moveAnnouncement);
        this.#moveAnnouncement = setTimeout(() => this.#handlers.announce(t('activityMoved', id, activity.X, activity.Y)), 600);
    }
}

function svgElement(tag, attributes = {}) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) {
        node.setAttribute(name, value);
    }

    return node;
}

function svgText(className, x, y, text, anchor = 'start') {
    const node = svgElement('text', { class: className, x, y, 'text-anchor': anchor });
    node.textContent = text;
    return node;
}

function curve(x1, y1, x2, y2) {
    const bend = Math.max(40, Math.abs(y2 - y1) / 2);
    return `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2 - 2}`;
}

function arrowMarkers() {
    const defs = svgElement('defs');
    for (const [id, className] of [['wf-arrowhead', 'wf-arrowhead'], ['wf-arrowhead-error', 'wf-arrowhead wf-arrowhead-error']]) {
        const marker = svgElement('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
        marker.append(svgElement('path', { class: className, d: 'M 0 0 L 10 5 L 0 10 z' }));
        defs.append(marker);
    }

    return defs;
}
