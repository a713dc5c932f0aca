// HTTP calls of the editor to the workflow admin API (see WorkflowAdminEndpoints.cs). Workflow
// types travel in PascalCase (the recipe shape); the activity catalogue comes back in camelCase.

export class HttpError extends Error {
    constructor(status, body) {
        super(`HTTP ${status}`);
        this.status = status;
        this.body = body;
    }
}

export class EditorApi {
    #urls;
    #antiforgery = null;

    /** @param {{typeUrl: string, activitiesUrl: string, outcomesUrl: string, antiforgeryUrl: string}} urls */
    constructor(urls) {
        this.#urls = urls;
    }

    loadType() {
        return this.#getJson(this.#urls.typeUrl);
    }

    loadActivities() {
        return this.#getJson(this.#urls.activitiesUrl);
    }

    /**
     * Saves the workflow type. Returns { ok: true } on 204, or { ok: false, errors } with the
     * validator's messages keyed by JSON path ("Activities[2].Properties.Subject") on 400.
     * Throws HttpError on any other status.
     */
    async saveType(workflowType) {
        const response = await this.#send('PUT', this.#urls.typeUrl, workflowType);
        if (response.status === 204) {
            return { ok: true };
        }

        const body = await readBody(response);
        if (response.status === 400 && body && typeof body === 'object' && body.errors) {
            return { ok: false, errors: body.errors };
        }

        throw new HttpError(response.status, body);
    }

    /** Returns the outcomes of each record with its current settings, keyed by activity id. */
    async listOutcomes(records) {
        const response = await this.#send('POST', this.#urls.outcomesUrl, records);
        if (!response.ok) {
            throw new HttpError(response.status, await readBody(response));
        }

        return response.json();
    }

    async #getJson(url) {
        const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
        if (!response.ok) {
            throw new HttpError(response.status, await readBody(response));
        }

        return response.json();
    }

    async #send(method, url, body) {
        const token = await this.#antiforgeryToken();
        return fetch(url, {
            method,
            credentials: 'same-origin',
            headers: {
                Accept: 'application/json',
                'Content-Type': 'application/json',
                [token.headerName]: token.token,
            },
            body: JSON.stringify(body),
        });
    }

    async #antiforgeryToken() {
        this.#antiforgery ??= await this.#getJson(this.#urls.antiforgeryUrl);
        return this.#antiforgery;
    }
}

async function readBody(response) {
    const text = await response.text();
    try {
        return JSON.parse(text);
    } catch {
        return text;
    }
}
