// Generated from the server's OpenAPI document by `npm run gen:api` (scripts/gen-api-types.ts).
// Do not edit: change the route's zod schema in src/ and regenerate.

export interface paths {
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description 'mfa': send a code to /auth/verify-totp next
                             * @enum {string}
                             */
                            stage: "mfa" | "active";
                            /** @description send it in the x-csrf-token header of every POST, PATCH, PUT and DELETE */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Second step of sign-in: a TOTP code or a recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 6 digits from the authenticator app */
                        code: string;
                    } | {
                        /** @description one of the recovery codes, usable once */
                        recoveryCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            stage: "active";
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            organisationId: string | null;
                            jurisdiction: {
                                id: string;
                                name: string;
                                level: number;
                            };
                            csrfToken: string;
                            /** @description the password must be changed before anything else */
                            pendingPasswordChange: boolean;
                            /** @description two-step verification must be set up before anything else */
                            pendingMfaEnrolment: boolean;
                            /** @description the user's role must use two-step verification */
                            mfaRequired: boolean;
                            totpEnabled: boolean;
                            permissions: string[];
                            /** @description what the role may do with reports and cases (src/access/case-access.ts) */
                            caseActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change one's own language */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "rw" | "en" | "fr";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            organisationId: string | null;
                            jurisdiction: {
                                id: string;
                                name: string;
                                level: number;
                            };
                            csrfToken: string;
                            /** @description the password must be changed before anything else */
                            pendingPasswordChange: boolean;
                            /** @description two-step verification must be set up before anything else */
                            pendingMfaEnrolment: boolean;
                            /** @description the user's role must use two-step verification */
                            mfaRequired: boolean;
                            totpEnabled: boolean;
                            permissions: string[];
                            /** @description what the role may do with reports and cases (src/access/case-access.ts) */
                            caseActions: string[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the session's new CSRF token (the session cookie is replaced too) */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up two-step verification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description base32, for typing into the app by hand */
                            secret: string;
                            otpauthUrl: string;
                            /** @description a PNG data: URL of the QR code of otpauthUrl */
                            qrDataUrl: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish setting up two-step verification */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description shown once; each signs in once when the phone is not at hand */
                            recoveryCodes: string[];
                            /** @description the session's new CSRF token (the session cookie is replaced too) */
                            csrfToken: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One's own open sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                current: boolean;
                                /** @enum {string} */
                                stage: "mfa" | "active";
                                createdAt: string;
                                lastSeenAt: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out of every session, on every device */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find places by name
         * @description Exact names first, then names that start with the query, then similar spellings. Each result carries its full path.
         */
        get: {
            parameters: {
                query: {
                    /** @description Name or part of it; case, spacing, punctuation and spelling are forgiven */
                    q: string;
                    /** @description Only places of this level: a name ('village') or a number (5) */
                    level?: ("country" | "province" | "district" | "sector" | "cell" | "village") | number;
                    /** @description Only places inside this one (a subtree) */
                    within?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                level: number;
                                /** @enum {string} */
                                levelName: "country" | "province" | "district" | "sector" | "cell" | "village";
                                path: {
                                    id: string;
                                    name: string;
                                    level: number;
                                }[];
                                /** @description The place and its ancestors up to the province, e.g. "Rweru II, Ramiro, Gashora, Bugesera, Eastern Province" */
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One place with its path from Rwanda down */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Permanent place code: 'RW' (Rwanda), province (1 digit), district (2), sector (4), cell (6), village (8) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            level: number;
                            /** @enum {string} */
                            levelName: "country" | "province" | "district" | "sector" | "cell" | "village";
                            parentId: string | null;
                            /** @description From the root 'RW' down to the place itself */
                            path: {
                                id: string;
                                name: string;
                                level: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/places/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The places directly below a place, by name */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Permanent place code: 'RW' (Rwanda), province (1 digit), district (2), sector (4), cell (6), village (8) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                level: number;
                                /** @enum {string} */
                                levelName: "country" | "province" | "district" | "sector" | "cell" | "village";
                                childCount: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    kind?: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                    placeId?: string;
                    active?: "true" | "false";
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                                placeId: string;
                                placeName: string;
                                active: boolean;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                        placeId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                            placeId: string;
                            placeName: string;
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        kind?: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                        placeId?: string;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                            placeId: string;
                            placeName: string;
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    role?: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                    placeId?: string;
                    organisationId?: string;
                    active?: "true" | "false";
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                fullName: string;
                                /** @enum {string} */
                                role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                jurisdiction: {
                                    id: string;
                                    name: string;
                                    level: number;
                                };
                                supervisor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                trainingCompletedOn: string | null;
                                phone: string | null;
                                email: string | null;
                                /** @enum {string} */
                                language: "rw" | "en" | "fr";
                                /** @description A caseworker's or supervisor's profession; null: not recorded (a social worker) */
                                profession: ("social_worker" | "psychologist") | null;
                                active: boolean;
                                locked: boolean;
                                totpEnabled: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        fullName: string;
                        /** @enum {string} */
                        role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                        organisationId?: string | null;
                        jurisdictionId: string;
                        supervisorId?: string | null;
                        trainingCompletedOn?: string | null;
                        phone?: string | null;
                        email?: string | null;
                        /** @enum {string} */
                        language: "rw" | "en" | "fr";
                        /** @description Caseworkers and supervisors only (cpwo, cso_caseworker, supervisor) */
                        profession?: ("social_worker" | "psychologist") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                fullName: string;
                                /** @enum {string} */
                                role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                jurisdiction: {
                                    id: string;
                                    name: string;
                                    level: number;
                                };
                                supervisor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                trainingCompletedOn: string | null;
                                phone: string | null;
                                email: string | null;
                                /** @enum {string} */
                                language: "rw" | "en" | "fr";
                                /** @description A caseworker's or supervisor's profession; null: not recorded (a social worker) */
                                profession: ("social_worker" | "psychologist") | null;
                                active: boolean;
                                locked: boolean;
                                totpEnabled: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            };
                            /** @description the one-time password, only when delivery is 'shown' */
                            oneTimePassword: string | null;
                            /**
                             * @description 'sms': texted to the user's phone on record and not shown here; 'sms_refused': the phone's SMS budget was spent, nothing sent (reset later); 'shown': no phone on record, hand it over in person
                             * @enum {string}
                             */
                            delivery: "sms" | "sms_refused" | "shown";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            jurisdiction: {
                                id: string;
                                name: string;
                                level: number;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            trainingCompletedOn: string | null;
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            /** @description A caseworker's or supervisor's profession; null: not recorded (a social worker) */
                            profession: ("social_worker" | "psychologist") | null;
                            active: boolean;
                            locked: boolean;
                            totpEnabled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName?: string;
                        /** @enum {string} */
                        role?: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                        organisationId?: string | null;
                        jurisdictionId?: string;
                        supervisorId?: string | null;
                        trainingCompletedOn?: string | null;
                        phone?: string | null;
                        email?: string | null;
                        /** @enum {string} */
                        language?: "rw" | "en" | "fr";
                        /** @description Caseworkers and supervisors only (cpwo, cso_caseworker, supervisor) */
                        profession?: ("social_worker" | "psychologist") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            jurisdiction: {
                                id: string;
                                name: string;
                                level: number;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            trainingCompletedOn: string | null;
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            /** @description A caseworker's or supervisor's profession; null: not recorded (a social worker) */
                            profession: ("social_worker" | "psychologist") | null;
                            active: boolean;
                            locked: boolean;
                            totpEnabled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: {
                                row: number;
                                username: string;
                                /** @description the one-time password, only when delivery is 'shown' */
                                oneTimePassword: string | null;
                                /**
                                 * @description 'sms': texted to the user's phone on record and not shown here; 'sms_refused': the phone's SMS budget was spent, nothing sent (reset later); 'shown': no phone on record, hand it over in person
                                 * @enum {string}
                                 */
                                delivery: "sms" | "sms_refused" | "shown";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            jurisdiction: {
                                id: string;
                                name: string;
                                level: number;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            trainingCompletedOn: string | null;
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            /** @description A caseworker's or supervisor's profession; null: not recorded (a social worker) */
                            profession: ("social_worker" | "psychologist") | null;
                            active: boolean;
                            locked: boolean;
                            totpEnabled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            jurisdiction: {
                                id: string;
                                name: string;
                                level: number;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            trainingCompletedOn: string | null;
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            /** @description A caseworker's or supervisor's profession; null: not recorded (a social worker) */
                            profession: ("social_worker" | "psychologist") | null;
                            active: boolean;
                            locked: boolean;
                            totpEnabled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the one-time password, only when delivery is 'shown' */
                            oneTimePassword: string | null;
                            /**
                             * @description 'sms': texted to the user's phone on record and not shown here; 'sms_refused': the phone's SMS budget was spent, nothing sent (reset later); 'shown': no phone on record, hand it over in person
                             * @enum {string}
                             */
                            delivery: "sms" | "sms_refused" | "shown";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "cpwo" | "cso_caseworker" | "supervisor" | "service_provider" | "hotline_agent" | "local_leader" | "ncda_officer" | "dpo" | "analyst" | "sysadmin";
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            jurisdiction: {
                                id: string;
                                name: string;
                                level: number;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            trainingCompletedOn: string | null;
                            phone: string | null;
                            email: string | null;
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            /** @description A caseworker's or supervisor's profession; null: not recorded (a social worker) */
                            profession: ("social_worker" | "psychologist") | null;
                            active: boolean;
                            locked: boolean;
                            totpEnabled: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A place's registry: its villages (a page) with their pair of IZU, the gaps, and the coordinators */
        get: {
            parameters: {
                query?: {
                    /** @description The village, cell, sector, district or RW whose registry to show (default: the caller's own jurisdiction) */
                    placeId?: string;
                    /** @description Only volunteers of this status */
                    status?: "active" | "inactive" | "replaced";
                    /** @description 'true': only villages with fewer than two active IZU */
                    gaps?: "true" | "false";
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            place: {
                                id: string;
                                name: string;
                                level: number;
                                /** @description The place up to its province, e.g. "Kabuga, Shaki, Shyira, Nyabihu, Western Province" */
                                label: string;
                            };
                            summary: {
                                villages: number;
                                /** @description Villages with two active IZU */
                                withPair: number;
                                /** @description Villages with fewer than two active IZU */
                                missingPair: number;
                            };
                            villages: {
                                id: string;
                                name: string;
                                label: string;
                                activeCount: number;
                                volunteers: {
                                    /** Format: uuid */
                                    id: string;
                                    username: string;
                                    fullName: string;
                                    /** @enum {string} */
                                    role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator";
                                    sex: ("female" | "male") | null;
                                    phone: string | null;
                                    /** @enum {string} */
                                    language: "rw" | "en" | "fr";
                                    /** @enum {string} */
                                    status: "active" | "inactive" | "replaced";
                                    /** @description Since when the status holds */
                                    statusOn: string | null;
                                    /** @description When the community selected them */
                                    selectedOn: string | null;
                                    replacedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    } | null;
                                    place: {
                                        id: string;
                                        name: string;
                                        level: number;
                                        /** @description The place up to its province, e.g. "Kabuga, Shaki, Shyira, Nyabihu, Western Province" */
                                        label: string;
                                    };
                                    /** @description false: a basic-phone volunteer with no password, who works by SMS/USSD only */
                                    webAccess: boolean;
                                    /** @description The register's records of the volunteer's trainings */
                                    trainings: {
                                        /** @description An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting' */
                                        trainingCode: string;
                                        /** Format: date */
                                        takenOn: string;
                                    }[];
                                    /** @description Trainings recorded as free text before, not matched to a module: read-only */
                                    earlierTrainings: {
                                        name: string;
                                        /** Format: date */
                                        takenOn: string;
                                    }[];
                                }[];
                            }[];
                            /** @description Cell and sector coordinators of the place and of the cells and sectors in it */
                            coordinators: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                fullName: string;
                                /** @enum {string} */
                                role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator";
                                sex: ("female" | "male") | null;
                                phone: string | null;
                                /** @enum {string} */
                                language: "rw" | "en" | "fr";
                                /** @enum {string} */
                                status: "active" | "inactive" | "replaced";
                                /** @description Since when the status holds */
                                statusOn: string | null;
                                /** @description When the community selected them */
                                selectedOn: string | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                place: {
                                    id: string;
                                    name: string;
                                    level: number;
                                    /** @description The place up to its province, e.g. "Kabuga, Shaki, Shyira, Nyabihu, Western Province" */
                                    label: string;
                                };
                                /** @description false: a basic-phone volunteer with no password, who works by SMS/USSD only */
                                webAccess: boolean;
                                /** @description The register's records of the volunteer's trainings */
                                trainings: {
                                    /** @description An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting' */
                                    trainingCode: string;
                                    /** Format: date */
                                    takenOn: string;
                                }[];
                                /** @description Trainings recorded as free text before, not matched to a module: read-only */
                                earlierTrainings: {
                                    name: string;
                                    /** Format: date */
                                    takenOn: string;
                                }[];
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a volunteer (an IZU, or a cell or sector coordinator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @default izu
                         * @enum {string}
                         */
                        role?: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator";
                        fullName: string;
                        /** @enum {string} */
                        sex: "female" | "male";
                        phone: string;
                        /** @description The village of an IZU, the cell or sector of a coordinator */
                        placeId: string;
                        selectedOn?: string | null;
                        /**
                         * @default rw
                         * @enum {string}
                         */
                        language?: "rw" | "en" | "fr";
                        /** @default [] */
                        trainings?: {
                            /** @description An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting' */
                            trainingCode: string;
                            /** Format: date */
                            takenOn: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            volunteer: {
                                /** Format: uuid */
                                id: string;
                                username: string;
                                fullName: string;
                                /** @enum {string} */
                                role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator";
                                sex: ("female" | "male") | null;
                                phone: string | null;
                                /** @enum {string} */
                                language: "rw" | "en" | "fr";
                                /** @enum {string} */
                                status: "active" | "inactive" | "replaced";
                                /** @description Since when the status holds */
                                statusOn: string | null;
                                /** @description When the community selected them */
                                selectedOn: string | null;
                                replacedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                place: {
                                    id: string;
                                    name: string;
                                    level: number;
                                    /** @description The place up to its province, e.g. "Kabuga, Shaki, Shyira, Nyabihu, Western Province" */
                                    label: string;
                                };
                                /** @description false: a basic-phone volunteer with no password, who works by SMS/USSD only */
                                webAccess: boolean;
                                /** @description The register's records of the volunteer's trainings */
                                trainings: {
                                    /** @description An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting' */
                                    trainingCode: string;
                                    /** Format: date */
                                    takenOn: string;
                                }[];
                                /** @description Trainings recorded as free text before, not matched to a module: read-only */
                                earlierTrainings: {
                                    name: string;
                                    /** Format: date */
                                    takenOn: string;
                                }[];
                            };
                            /** @description A coordinator's one-time password, only when delivery is 'shown' */
                            oneTimePassword: string | null;
                            /**
                             * @description 'none': an IZU has no password (SMS/USSD only); otherwise as for a new user
                             * @enum {string}
                             */
                            delivery: "none" | "sms" | "sms_refused" | "shown";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a district's list of IZU (CSV or XLSX): every row checked first; a preview, or all rows written or none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        /** @description The CSV text, or the XLSX file in base64 */
                        content: string;
                        fileName?: string;
                        /**
                         * @description true (the default): check and preview only, write nothing
                         * @default true
                         */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            /** @description No row has a problem (in a dry run: the file can be imported as it is) */
                            ok: boolean;
                            rows: number;
                            created: number;
                            ignoredColumns: string[];
                            errors: {
                                row: number;
                                /** @description The column: district, sector, cell, village, name, sex, phone, status, selected_on, trainings */
                                field: string;
                                messageKey: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                /** @description For an unknown or ambiguous place: the places it may mean */
                                candidates?: {
                                    id: string;
                                    /** @description Province › District › Sector › Cell › Village */
                                    path: string;
                                }[];
                            }[];
                            preview: {
                                row: number;
                                fullName: string;
                                sex: ("female" | "male") | null;
                                /** @description E.164 (+250…) */
                                phone: string | null;
                                village: {
                                    id: string;
                                    /** @description Province › District › Sector › Cell › Village */
                                    path: string;
                                } | null;
                                status: ("active" | "inactive" | "replaced") | null;
                                selectedOn: string | null;
                                trainings: {
                                    /** @description The training register's module the name matched */
                                    trainingCode: string;
                                    /** Format: date */
                                    takenOn: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            /** @description No row has a problem (in a dry run: the file can be imported as it is) */
                            ok: boolean;
                            rows: number;
                            created: number;
                            ignoredColumns: string[];
                            errors: {
                                row: number;
                                /** @description The column: district, sector, cell, village, name, sex, phone, status, selected_on, trainings */
                                field: string;
                                messageKey: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                /** @description For an unknown or ambiguous place: the places it may mean */
                                candidates?: {
                                    id: string;
                                    /** @description Province › District › Sector › Cell › Village */
                                    path: string;
                                }[];
                            }[];
                            preview: {
                                row: number;
                                fullName: string;
                                sex: ("female" | "male") | null;
                                /** @description E.164 (+250…) */
                                phone: string | null;
                                village: {
                                    id: string;
                                    /** @description Province › District › Sector › Cell › Village */
                                    path: string;
                                } | null;
                                status: ("active" | "inactive" | "replaced") | null;
                                selectedOn: string | null;
                                trainings: {
                                    /** @description The training register's module the name matched */
                                    trainingCode: string;
                                    /** Format: date */
                                    takenOn: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/volunteers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator";
                            sex: ("female" | "male") | null;
                            phone: string | null;
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            /** @enum {string} */
                            status: "active" | "inactive" | "replaced";
                            /** @description Since when the status holds */
                            statusOn: string | null;
                            /** @description When the community selected them */
                            selectedOn: string | null;
                            replacedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            place: {
                                id: string;
                                name: string;
                                level: number;
                                /** @description The place up to its province, e.g. "Kabuga, Shaki, Shyira, Nyabihu, Western Province" */
                                label: string;
                            };
                            /** @description false: a basic-phone volunteer with no password, who works by SMS/USSD only */
                            webAccess: boolean;
                            /** @description The register's records of the volunteer's trainings */
                            trainings: {
                                /** @description An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting' */
                                trainingCode: string;
                                /** Format: date */
                                takenOn: string;
                            }[];
                            /** @description Trainings recorded as free text before, not matched to a module: read-only */
                            earlierTrainings: {
                                name: string;
                                /** Format: date */
                                takenOn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName?: string;
                        /** @enum {string} */
                        sex?: "female" | "male";
                        phone?: string;
                        selectedOn?: string | null;
                        /** @enum {string} */
                        language?: "rw" | "en" | "fr";
                        /** @description The whole list: replaces the one on record */
                        trainings?: {
                            /** @description An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting' */
                            trainingCode: string;
                            /** Format: date */
                            takenOn: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator";
                            sex: ("female" | "male") | null;
                            phone: string | null;
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            /** @enum {string} */
                            status: "active" | "inactive" | "replaced";
                            /** @description Since when the status holds */
                            statusOn: string | null;
                            /** @description When the community selected them */
                            selectedOn: string | null;
                            replacedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            place: {
                                id: string;
                                name: string;
                                level: number;
                                /** @description The place up to its province, e.g. "Kabuga, Shaki, Shyira, Nyabihu, Western Province" */
                                label: string;
                            };
                            /** @description false: a basic-phone volunteer with no password, who works by SMS/USSD only */
                            webAccess: boolean;
                            /** @description The register's records of the volunteer's trainings */
                            trainings: {
                                /** @description An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting' */
                                trainingCode: string;
                                /** Format: date */
                                takenOn: string;
                            }[];
                            /** @description Trainings recorded as free text before, not matched to a module: read-only */
                            earlierTrainings: {
                                name: string;
                                /** Format: date */
                                takenOn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/izu/volunteers/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Active, inactive, or replaced (by whom) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "active" | "inactive" | "replaced";
                        /**
                         * Format: date
                         * @description Since when
                         */
                        on: string;
                        /**
                         * Format: uuid
                         * @description When replaced: the volunteer of the same village who takes over
                         */
                        replacedBy?: string;
                        /** @description When replaced: the new volunteer, registered in the same village in the same step */
                        replacement?: {
                            fullName: string;
                            /** @enum {string} */
                            sex: "female" | "male";
                            phone: string;
                            selectedOn?: string | null;
                            /**
                             * @default rw
                             * @enum {string}
                             */
                            language?: "rw" | "en" | "fr";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            username: string;
                            fullName: string;
                            /** @enum {string} */
                            role: "izu" | "izu_cell_coordinator" | "izu_sector_coordinator";
                            sex: ("female" | "male") | null;
                            phone: string | null;
                            /** @enum {string} */
                            language: "rw" | "en" | "fr";
                            /** @enum {string} */
                            status: "active" | "inactive" | "replaced";
                            /** @description Since when the status holds */
                            statusOn: string | null;
                            /** @description When the community selected them */
                            selectedOn: string | null;
                            replacedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            place: {
                                id: string;
                                name: string;
                                level: number;
                                /** @description The place up to its province, e.g. "Kabuga, Shaki, Shyira, Nyabihu, Western Province" */
                                label: string;
                            };
                            /** @description false: a basic-phone volunteer with no password, who works by SMS/USSD only */
                            webAccess: boolean;
                            /** @description The register's records of the volunteer's trainings */
                            trainings: {
                                /** @description An IZU module of the training register, e.g. 'izu_basic', 'izu_positive_parenting' */
                                trainingCode: string;
                                /** Format: date */
                                takenOn: string;
                            }[];
                            /** @description Trainings recorded as free text before, not matched to a module: read-only */
                            earlierTrainings: {
                                name: string;
                                /** Format: date */
                                takenOn: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Flag an incident (IZU): it becomes an incident report in the district register, channel izu
         * @description Sexual violence, and anything marked urgent, reaches the district CPWOs at once in the app and by SMS (the reference only). No names: the child by sex and age.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The kind of incident as the volunteer sees it (a case type, or 'other'); screening decides
                         * @enum {string}
                         */
                        type: "sexual_violence" | "physical_violence" | "emotional_violence" | "abandonment_neglect" | "child_labour_exploitation" | "street_connected" | "harmful_practices" | "other";
                        /**
                         * @description Marked urgent: the district CPWO is told at once (as for sexual violence, always)
                         * @default false
                         */
                        urgent?: boolean;
                        /** @description Where the child is (default: the volunteer's own village) */
                        villageId?: string;
                        /** @enum {string} */
                        childSex?: "female" | "male" | "unknown";
                        childAgeYears?: number;
                        /** @description What happened, in short; no names */
                        description: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            reportId: string;
                            /** @description The register reference ('R12-26-000123'), for the volunteer to quote */
                            reference: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/household-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Household visits, newest first: an IZU's own, or a place's for its coordinators and CPWO (the note only to its author) */
        get: {
            parameters: {
                query?: {
                    /** @description A village, cell, sector or district in the caller's jurisdiction (default: all of it) */
                    placeId?: string;
                    /** @description Visited on or after this date */
                    from?: string;
                    /** @description Visited on or before this date */
                    to?: string;
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest visit first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                householdCode: string;
                                /** Format: date */
                                visitedOn: string;
                                childrenSeen: number;
                                concerns: ("violence_at_home" | "neglect" | "child_out_of_school" | "child_labour" | "food_insecurity" | "illness_untreated" | "disability_unsupported" | "child_headed_household" | "teenage_pregnancy" | "substance_abuse" | "family_conflict" | "other")[];
                                note: string | null;
                                villageId: string;
                                villageName: string;
                                /** @enum {string} */
                                receivedVia: "web" | "sms" | "ussd";
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Log a household visit (IZU): a household code, never a name */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        householdCode: string;
                        /**
                         * Format: date
                         * @description Local date (Africa/Kigali) of the visit, not in the future
                         */
                        visitedOn: string;
                        childrenSeen: number;
                        /**
                         * @description Concern codes found; empty when none
                         * @default []
                         */
                        concerns?: ("violence_at_home" | "neglect" | "child_out_of_school" | "child_labour" | "food_insecurity" | "illness_untreated" | "disability_unsupported" | "child_headed_household" | "teenage_pregnancy" | "substance_abuse" | "family_conflict" | "other")[];
                        /** @description A short note for the volunteer themselves; no names */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/household-visits/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A place's household visits in numbers: visits, households, children seen, concerns, by the places below it */
        get: {
            parameters: {
                query?: {
                    /** @description A village, cell, sector or district in the caller's jurisdiction (default: all of it) */
                    placeId?: string;
                    /** @description Visited on or after this date */
                    from?: string;
                    /** @description Visited on or before this date */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            placeId: string;
                            visits: number;
                            /** @description Distinct household codes visited */
                            households: number;
                            childrenSeen: number;
                            /** @description Visits that found at least one concern */
                            withConcerns: number;
                            concerns: {
                                /** @enum {string} */
                                concern: "violence_at_home" | "neglect" | "child_out_of_school" | "child_labour" | "food_insecurity" | "illness_untreated" | "disability_unsupported" | "child_headed_household" | "teenage_pregnancy" | "substance_abuse" | "family_conflict" | "other";
                                visits: number;
                            }[];
                            /** @description The places one level below the one asked (a district's sectors, a cell's villages), each with its visits */
                            areas: {
                                placeId: string;
                                placeName: string;
                                visits: number;
                                childrenSeen: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/monthly-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An IZU sends their village's monthly report (channel 'web'). A second report for the same village and month replaces the first, which stays as history. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A month, 'YYYY-MM' (Africa/Kigali calendar)
                         * @example 2026-11
                         */
                        month: string;
                        /** @description The village (Umudugudu) reported on; default: the IZU's own village */
                        villageId?: string;
                        householdsVisited: number;
                        /** @default {} */
                        childrenAtRisk?: {
                            [key: string]: number;
                        };
                        /** @default {} */
                        incidents?: {
                            [key: string]: number;
                        };
                        resolvedInCommunity: number;
                        referralsMade: number;
                        /** @description Follow-up visits to reintegrated or fostered children */
                        followUpVisits: number;
                        concerns?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            month: string;
                            villageId: string;
                            /** @description true: an earlier report for this village and month was on record and is now history */
                            replaced: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/monthly-reports/paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A cell coordinator types a pair's paper report for a village of the cell (channel 'paper'; villageId required), audited as entered on the pair's behalf */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A month, 'YYYY-MM' (Africa/Kigali calendar)
                         * @example 2026-11
                         */
                        month: string;
                        /** @description The village (Umudugudu) reported on; default: the IZU's own village */
                        villageId?: string;
                        householdsVisited: number;
                        /** @default {} */
                        childrenAtRisk?: {
                            [key: string]: number;
                        };
                        /** @default {} */
                        incidents?: {
                            [key: string]: number;
                        };
                        resolvedInCommunity: number;
                        referralsMade: number;
                        /** @description Follow-up visits to reintegrated or fostered children */
                        followUpVisits: number;
                        concerns?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            month: string;
                            villageId: string;
                            /** @description true: an earlier report for this village and month was on record and is now history */
                            replaced: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/monthly-reports/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A place's monthly reports for a month: completeness (pairs reported of pairs active), totals, and the places one level below */
        get: {
            parameters: {
                query?: {
                    /** @description A cell, sector, district, province or 'RW' (default: the reader's jurisdiction) */
                    placeId?: string;
                    /** @description Default: the month before until its deadline, then the month in progress */
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            place: {
                                id: string;
                                name: string;
                                level: number;
                                label: string;
                            };
                            month: string;
                            /**
                             * Format: date
                             * @description The month's reports are due by the end of this day (Africa/Kigali)
                             */
                            deadline: string;
                            completeness: {
                                /** @description Villages with at least one active IZU */
                                pairsActive: number;
                                /** @description Of those, the villages with a report for the month */
                                pairsReported: number;
                                pairsMissing: number;
                            };
                            totals: {
                                /** @description Current reports counted */
                                reports: number;
                                householdsVisited: number;
                                /** @description By category (AT_RISK_CATEGORIES); categories with none left out */
                                childrenAtRisk: {
                                    [key: string]: number;
                                };
                                /** @description By case type; types with none left out */
                                incidents: {
                                    [key: string]: number;
                                };
                                resolvedInCommunity: number;
                                referralsMade: number;
                                followUpVisits: number;
                            };
                            /** @description The places one level below, each consolidated the same way (bounded: a place has at most a few dozen) */
                            parts: {
                                place: {
                                    id: string;
                                    name: string;
                                    level: number;
                                };
                                completeness: {
                                    /** @description Villages with at least one active IZU */
                                    pairsActive: number;
                                    /** @description Of those, the villages with a report for the month */
                                    pairsReported: number;
                                    pairsMissing: number;
                                };
                                totals: {
                                    /** @description Current reports counted */
                                    reports: number;
                                    householdsVisited: number;
                                    /** @description By category (AT_RISK_CATEGORIES); categories with none left out */
                                    childrenAtRisk: {
                                        [key: string]: number;
                                    };
                                    /** @description By case type; types with none left out */
                                    incidents: {
                                        [key: string]: number;
                                    };
                                    resolvedInCommunity: number;
                                    referralsMade: number;
                                    followUpVisits: number;
                                };
                                /** @description A village's current report (in a cell's roll-up) */
                                report?: {
                                    /** Format: uuid */
                                    id: string;
                                    villageId: string;
                                    month: string;
                                    /** @enum {string} */
                                    channel: "web" | "paper" | "sms" | "ussd";
                                    /** Format: date-time */
                                    receivedAt: string;
                                    /** @description The IZU who sent it; null for a paper form */
                                    submittedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    } | null;
                                    /** @description Who typed it (the cell coordinator, for a paper form) */
                                    enteredBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    householdsVisited: number;
                                    childrenAtRisk: {
                                        [key: string]: number;
                                    };
                                    incidents: {
                                        [key: string]: number;
                                    };
                                    resolvedInCommunity: number;
                                    referralsMade: number;
                                    followUpVisits: number;
                                    concerns: string | null;
                                    /** @description When a later report for the same village and month replaced it */
                                    supersededAt: string | null;
                                } | null;
                                /** @description A village's active IZU (in a cell's roll-up), to chase a missing report */
                                volunteers?: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                    phone: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/izu/monthly-reports/village": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A village's report for a month and the earlier ones it replaced */
        get: {
            parameters: {
                query?: {
                    /** @description The village (default: an IZU's own) */
                    villageId?: string;
                    /** @description A month, 'YYYY-MM' (Africa/Kigali calendar) */
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            village: {
                                id: string;
                                name: string;
                                level: number;
                                label: string;
                            };
                            month: string;
                            /** Format: date */
                            deadline: string;
                            current: {
                                /** Format: uuid */
                                id: string;
                                villageId: string;
                                month: string;
                                /** @enum {string} */
                                channel: "web" | "paper" | "sms" | "ussd";
                                /** Format: date-time */
                                receivedAt: string;
                                /** @description The IZU who sent it; null for a paper form */
                                submittedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                /** @description Who typed it (the cell coordinator, for a paper form) */
                                enteredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                householdsVisited: number;
                                childrenAtRisk: {
                                    [key: string]: number;
                                };
                                incidents: {
                                    [key: string]: number;
                                };
                                resolvedInCommunity: number;
                                referralsMade: number;
                                followUpVisits: number;
                                concerns: string | null;
                                /** @description When a later report for the same village and month replaced it */
                                supersededAt: string | null;
                            } | null;
                            /** @description Earlier reports for the same village and month, newest first (the latest 20) */
                            history: {
                                /** Format: uuid */
                                id: string;
                                villageId: string;
                                month: string;
                                /** @enum {string} */
                                channel: "web" | "paper" | "sms" | "ussd";
                                /** Format: date-time */
                                receivedAt: string;
                                /** @description The IZU who sent it; null for a paper form */
                                submittedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                /** @description Who typed it (the cell coordinator, for a paper form) */
                                enteredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                householdsVisited: number;
                                childrenAtRisk: {
                                    [key: string]: number;
                                };
                                incidents: {
                                    [key: string]: number;
                                };
                                resolvedInCommunity: number;
                                referralsMade: number;
                                followUpVisits: number;
                                concerns: string | null;
                                /** @description When a later report for the same village and month replaced it */
                                supersededAt: string | null;
                            }[];
                            historyTotal: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit entries, newest first
         * @description Filter by who acted, which record, action, outcome and time; page with `before`. The read is itself audited.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only what this user did */
                    actorId?: string;
                    /** @description Only entries about this kind of record, e.g. 'user' */
                    entityType?: string;
                    /** @description Only entries about this record (with entityType) */
                    entityId?: string;
                    /** @description e.g. 'auth.sign_in' */
                    action?: string;
                    outcome?: "success" | "denied" | "failure";
                    /** @description Entries at or after this time */
                    from?: string;
                    /** @description Entries at or before this time */
                    to?: string;
                    /** @description Page: entries older than this seq (nextBefore of the previous page) */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    id: string;
                                    username: string;
                                    fullName: string;
                                } | null;
                                actorRole: string | null;
                                ip: string | null;
                                requestId: string | null;
                                action: string;
                                entityType: string | null;
                                entityId: string | null;
                                fields: string[];
                                /** @enum {string} */
                                outcome: "success" | "denied" | "failure";
                                /** @description Small, non-personal details: a reason code, a route, ids */
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Pass as `before` for the next (older) page; null on the last page */
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the audit hash chain
         * @description Seals the entries waiting to join the chain, then reports the first altered, missing, unlinked or unsealed entry, if any; given a published `head`, also a chain that no longer reaches it.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A head published earlier (`position:hash`, from GET /audit/head): the check fails if the chain no longer reaches it */
                    head?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            /** @description Sealed entries checked (up to the first problem) */
                            checked: number;
                            firstProblem?: {
                                seq: number | null;
                                /** @enum {string} */
                                kind: "altered" | "missing" | "broken_link" | "unsealed" | "head_not_reached";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The newest seal of the audit chain
         * @description Its position and HMAC, to keep outside Rinda: a later verification given this head detects a deleted tail or a truncated audit.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Chain position of the newest seal (0 while the audit is empty) */
                            position: number;
                            seq: number | null;
                            /** @description HMAC-SHA-256 of the newest seal, hex */
                            hash: string | null;
                            /** @description Time of the newest sealed entry */
                            at: string | null;
                            /** @description `position:hash`: keep it outside Rinda and give it to the verification later */
                            head: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The register of reported incidents
         * @description CPWOs and supervisors: the register of their jurisdiction (items with view "full", no child names). Reporters: their own reports, status only (view "status").
         */
        get: {
            parameters: {
                query?: {
                    status?: "new" | "screened" | "early_intervention" | "case_opened" | "closed";
                    tier?: "1" | "2";
                    channel?: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                    from?: string;
                    to?: string;
                    q?: string;
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                /** @enum {string} */
                                view: "full";
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                /** Format: date-time */
                                receivedAt: string;
                                /** @enum {string} */
                                status: "new" | "screened" | "early_intervention" | "case_opened" | "closed";
                                /** @enum {string} */
                                channel: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                                districtId: string;
                                placeId: string;
                                placeName: string;
                                childSex: ("female" | "male" | "unknown") | null;
                                childAgeYears: number | null;
                                isVena: boolean | null;
                                tier: number | null;
                                caseTypes: string[];
                                /** @description For a report an IZU flagged: the kind of incident as the volunteer saw it (screening decides the case types) and whether it reached the CPWO as urgent (marked so, or sexual abuse, always); null otherwise */
                                izuFlag: {
                                    /** @enum {string} */
                                    type: "sexual_violence" | "physical_violence" | "emotional_violence" | "abandonment_neglect" | "child_labour_exploitation" | "street_connected" | "harmful_practices" | "other";
                                    urgent: boolean;
                                } | null;
                                nextDueAt: string | null;
                                overdue: boolean;
                            } | {
                                /** @enum {string} */
                                view: "status";
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                /** Format: date-time */
                                receivedAt: string;
                                /** @enum {string} */
                                status: "new" | "screened" | "early_intervention" | "case_opened" | "closed";
                                /** @enum {string} */
                                channel: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                            })[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record an incident report from any channel
         * @description The report lands in the register of the child’s district with a reference and a screening deadline. A reporter phone gets a "received" SMS with the reference only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                        reporter?: {
                            name?: string;
                            relationship?: string;
                            phone?: string;
                        };
                        child: {
                            name?: string;
                            description?: string;
                            /**
                             * @default unknown
                             * @enum {string}
                             */
                            sex?: "female" | "male" | "unknown";
                            ageYears?: number;
                        };
                        placeId: string;
                        whatHappened: string;
                        /** Format: date */
                        incidentDate?: string;
                        incidentPlace?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "new" | "screened" | "early_intervention" | "case_opened" | "closed";
                            /** @enum {string} */
                            channel: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                            /** Format: date-time */
                            screeningDueAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/hotline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The 116 hotline’s fast intake (hotline agents) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        callerName?: string;
                        callerRelationship?: string;
                        callerPhone?: string;
                        childName?: string;
                        childDescription?: string;
                        /**
                         * @default unknown
                         * @enum {string}
                         */
                        childSex?: "female" | "male" | "unknown";
                        childAgeYears?: number;
                        placeId: string;
                        whatHappened: string;
                        /** Format: date */
                        incidentDate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "new" | "screened" | "early_intervention" | "case_opened" | "closed";
                            /** @enum {string} */
                            channel: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                            /** Format: date-time */
                            screeningDueAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One report: the full record (audited) for the register, the status for the one who reported it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            view: "full";
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "new" | "screened" | "early_intervention" | "case_opened" | "closed";
                            /** @enum {string} */
                            channel: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                            districtId: string;
                            districtName: string;
                            placeId: string;
                            placeName: string;
                            /** @description The user who recorded the report; null unless the caller may see the reporter (it is often who saw it) */
                            recordedById: string | null;
                            /** @description Need-to-know: whether the child's identity as reported (name, description) and the reporter's (user, name, relationship, phone) are given to the caller; when not, those fields are null */
                            shown: {
                                childIdentity: boolean;
                                reporterIdentity: boolean;
                            };
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                relationship: string | null;
                                phone: string | null;
                            };
                            child: {
                                name: string | null;
                                description: string | null;
                                sex: ("female" | "male" | "unknown") | null;
                                ageYears: number | null;
                            };
                            whatHappened: string;
                            incidentDate: string | null;
                            incidentPlace: string | null;
                            /** @description For a report an IZU flagged: the kind of incident as the volunteer saw it (screening decides the case types) and whether it reached the CPWO as urgent (marked so, or sexual abuse, always); null otherwise */
                            izuFlag: {
                                /** @enum {string} */
                                type: "sexual_violence" | "physical_violence" | "emotional_violence" | "abandonment_neglect" | "child_labour_exploitation" | "street_connected" | "harmful_practices" | "other";
                                urgent: boolean;
                            } | null;
                            screening: {
                                /** Format: date-time */
                                screenedAt: string;
                                /** Format: uuid */
                                screenedById: string;
                                isVena: boolean;
                                caseTypes: string[];
                                tier: number | null;
                                tierReason: string | null;
                                needs: string[];
                                earlyInterventions: string[];
                                note: string | null;
                            } | null;
                            childId: string | null;
                            caseId: string | null;
                            closedAt: string | null;
                            deadlines: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** Format: date-time */
                                dueAt: string;
                                metAt: string | null;
                                overdue: boolean;
                                escalationLevel: number;
                            }[];
                        } | {
                            /** @enum {string} */
                            view: "status";
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "new" | "screened" | "early_intervention" | "case_opened" | "closed";
                            /** @enum {string} */
                            channel: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Screen a new report: not VENA (early intervention, closes it) or VENA (case types, tier and reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isVena: boolean;
                        caseTypes?: ("sexual_violence" | "physical_violence" | "emotional_violence" | "abandonment_neglect" | "child_labour_exploitation" | "street_connected" | "harmful_practices")[];
                        tier?: 1 | 2;
                        tierReason?: string;
                        needs?: ("poverty" | "disability" | "orphanhood" | "child_headed_household" | "teenage_pregnancy" | "school_dropout" | "health" | "other")[];
                        earlyInterventions?: ("ubudehe" | "vup" | "ejo_heza" | "cash_transfer" | "parenting_support" | "izu_home_visits" | "health_insurance" | "school_support" | "other")[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            view: "full";
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            receivedAt: string;
                            /** @enum {string} */
                            status: "new" | "screened" | "early_intervention" | "case_opened" | "closed";
                            /** @enum {string} */
                            channel: "izu" | "school" | "health_facility" | "police" | "rib" | "local_leader" | "hotline_116" | "child" | "family_member" | "community_member" | "ngo" | "other";
                            districtId: string;
                            districtName: string;
                            placeId: string;
                            placeName: string;
                            /** @description The user who recorded the report; null unless the caller may see the reporter (it is often who saw it) */
                            recordedById: string | null;
                            /** @description Need-to-know: whether the child's identity as reported (name, description) and the reporter's (user, name, relationship, phone) are given to the caller; when not, those fields are null */
                            shown: {
                                childIdentity: boolean;
                                reporterIdentity: boolean;
                            };
                            reporter: {
                                userId: string | null;
                                name: string | null;
                                relationship: string | null;
                                phone: string | null;
                            };
                            child: {
                                name: string | null;
                                description: string | null;
                                sex: ("female" | "male" | "unknown") | null;
                                ageYears: number | null;
                            };
                            whatHappened: string;
                            incidentDate: string | null;
                            incidentPlace: string | null;
                            /** @description For a report an IZU flagged: the kind of incident as the volunteer saw it (screening decides the case types) and whether it reached the CPWO as urgent (marked so, or sexual abuse, always); null otherwise */
                            izuFlag: {
                                /** @enum {string} */
                                type: "sexual_violence" | "physical_violence" | "emotional_violence" | "abandonment_neglect" | "child_labour_exploitation" | "street_connected" | "harmful_practices" | "other";
                                urgent: boolean;
                            } | null;
                            screening: {
                                /** Format: date-time */
                                screenedAt: string;
                                /** Format: uuid */
                                screenedById: string;
                                isVena: boolean;
                                caseTypes: string[];
                                tier: number | null;
                                tierReason: string | null;
                                needs: string[];
                                earlyInterventions: string[];
                                note: string | null;
                            } | null;
                            childId: string | null;
                            caseId: string | null;
                            closedAt: string | null;
                            deadlines: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** Format: date-time */
                                dueAt: string;
                                metAt: string | null;
                                overdue: boolean;
                                escalationLevel: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open deadlines, soonest first: what is due today and what is overdue */
        get: {
            parameters: {
                query?: {
                    due?: "today" | "overdue" | "all";
                    tier?: "1" | "2";
                    kind?: string;
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                /** Format: date-time */
                                dueAt: string;
                                overdue: boolean;
                                dueToday: boolean;
                                escalationLevel: number;
                                tier: number | null;
                                report: {
                                    /** Format: uuid */
                                    id: string;
                                    reference: string;
                                } | null;
                                case: {
                                    /** Format: uuid */
                                    id: string;
                                    caseCode: string;
                                } | null;
                                /** @description What triage needs without opening the record */
                                triage: {
                                    caseTypes: string[];
                                    childFirstName: string | null;
                                    childDescription: string | null;
                                    placeId: string | null;
                                    placeName: string | null;
                                    channel: string | null;
                                };
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                            counts: {
                                overdue: number;
                                dueToday: number;
                                open: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/escalation/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the escalation of overdue deadlines now (system administrators; it also runs every 5 minutes) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            escalated: number;
                            notifications: number;
                            sms: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/deadline-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deadline policy in force */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            screeningHours: number;
                            tier1ResponseHours: number | null;
                            tier2AssessmentDays: number;
                            casePlanDays: number;
                            caseReviewDays: number;
                            referralImmediateDays: number;
                            referralUrgentDays: number;
                            referralRoutineDays: number;
                            referralCompletionDays: number;
                            escalationHours: {
                                screening: number;
                                tier1_response: number;
                                tier2_assessment: number;
                                case_plan: number;
                                case_review: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Replace the deadline policy
         * @description Open deadlines keep their due times; new deadlines and escalation follow the new values.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        screeningHours: number;
                        tier1ResponseHours: number | null;
                        tier2AssessmentDays: number;
                        casePlanDays: number;
                        caseReviewDays: number;
                        referralImmediateDays: number;
                        referralUrgentDays: number;
                        referralRoutineDays: number;
                        referralCompletionDays: number;
                        escalationHours: {
                            screening: number;
                            tier1_response: number;
                            tier2_assessment: number;
                            case_plan: number;
                            case_review: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            screeningHours: number;
                            tier1ResponseHours: number | null;
                            tier2AssessmentDays: number;
                            casePlanDays: number;
                            caseReviewDays: number;
                            referralImmediateDays: number;
                            referralUrgentDays: number;
                            referralRoutineDays: number;
                            referralCompletionDays: number;
                            escalationHours: {
                                screening: number;
                                tier1_response: number;
                                tier2_assessment: number;
                                case_plan: number;
                                case_review: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 100 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                messageKey: string;
                                params: {
                                    [key: string]: string | number | null;
                                };
                                reportId: string | null;
                                caseId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                readAt: string | null;
                            }[];
                            total: number;
                            unreadCount: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            messageKey: string;
                            params: {
                                [key: string]: string | number | null;
                            };
                            reportId: string | null;
                            caseId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            readAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case file's attachments (without content) */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                /** @enum {string} */
                                category: "scanned_form" | "evidence" | "medical" | "legal" | "photo" | "correspondence" | "other";
                                description: string | null;
                                fileName: string;
                                /** @enum {string} */
                                contentType: "application/pdf" | "image/jpeg" | "image/png" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                                sizeBytes: number;
                                uploadedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                uploadedAt: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach a scanned document or evidence (multipart: file, category, description?)
         * @description PDF, JPEG, PNG or DOCX (judged by content), at most RINDA_ATTACHMENT_MAX_BYTES (default 10 MB). Stored encrypted.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description PDF, JPEG, PNG or DOCX, judged by its content
                         */
                        file: Blob;
                        /** @enum {string} */
                        category: "scanned_form" | "evidence" | "medical" | "legal" | "photo" | "correspondence" | "other";
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            category: "scanned_form" | "evidence" | "medical" | "legal" | "photo" | "correspondence" | "other";
                            description: string | null;
                            fileName: string;
                            /** @enum {string} */
                            contentType: "application/pdf" | "image/jpeg" | "image/png" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                            sizeBytes: number;
                            uploadedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            uploadedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment (audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/paper-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Paper files signed out now, and who holds them */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                    /** @description Only files held by this user ('me': the signed-in user) */
                    holder?: string | "me";
                    childCode?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Files signed out now, oldest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                holder: {
                                    userId: string | null;
                                    name: string;
                                };
                                permanent: boolean;
                                purpose: string | null;
                                /** Format: date-time */
                                checkedOutAt: string;
                                checkedOutBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                checkedInAt: string | null;
                                checkedInBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                childCode: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/paper-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The register of the child's paper file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The label on the paper file */
                            childCode: string;
                            /** @description Who holds the file now; null when it is in the cabinet */
                            current: {
                                /** Format: uuid */
                                id: string;
                                holder: {
                                    userId: string | null;
                                    name: string;
                                };
                                permanent: boolean;
                                purpose: string | null;
                                /** Format: date-time */
                                checkedOutAt: string;
                                checkedOutBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                checkedInAt: string | null;
                                checkedInBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                            } | null;
                            /** @description The register, newest first */
                            movements: {
                                /** Format: uuid */
                                id: string;
                                holder: {
                                    userId: string | null;
                                    name: string;
                                };
                                permanent: boolean;
                                purpose: string | null;
                                /** Format: date-time */
                                checkedOutAt: string;
                                checkedOutBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                checkedInAt: string | null;
                                checkedInBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/paper-file/check-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the child's paper file out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Who takes the file, when they have an account
                         */
                        holderUserId?: string;
                        /** @description Or their name (e.g. a court clerk) */
                        holderName?: string;
                        /** @description A permanent transfer of the file (no return expected) */
                        permanent: boolean;
                        purpose?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The label on the paper file */
                            childCode: string;
                            /** @description Who holds the file now; null when it is in the cabinet */
                            current: {
                                /** Format: uuid */
                                id: string;
                                holder: {
                                    userId: string | null;
                                    name: string;
                                };
                                permanent: boolean;
                                purpose: string | null;
                                /** Format: date-time */
                                checkedOutAt: string;
                                checkedOutBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                checkedInAt: string | null;
                                checkedInBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                            } | null;
                            /** @description The register, newest first */
                            movements: {
                                /** Format: uuid */
                                id: string;
                                holder: {
                                    userId: string | null;
                                    name: string;
                                };
                                permanent: boolean;
                                purpose: string | null;
                                /** Format: date-time */
                                checkedOutAt: string;
                                checkedOutBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                checkedInAt: string | null;
                                checkedInBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/paper-file/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the paper file back in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The label on the paper file */
                            childCode: string;
                            /** @description Who holds the file now; null when it is in the cabinet */
                            current: {
                                /** Format: uuid */
                                id: string;
                                holder: {
                                    userId: string | null;
                                    name: string;
                                };
                                permanent: boolean;
                                purpose: string | null;
                                /** Format: date-time */
                                checkedOutAt: string;
                                checkedOutBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                checkedInAt: string | null;
                                checkedInBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                            } | null;
                            /** @description The register, newest first */
                            movements: {
                                /** Format: uuid */
                                id: string;
                                holder: {
                                    userId: string | null;
                                    name: string;
                                };
                                permanent: boolean;
                                purpose: string | null;
                                /** Format: date-time */
                                checkedOutAt: string;
                                checkedOutBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                checkedInAt: string | null;
                                checkedInBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case file as a PDF for the paper file (audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Likely existing children (before intake creates a new one)
         * @description Children in the caller's scope with similar names (spelling variants forgiven), within two years of age, ranked by score with reasons. CPWO only (case:open). Audited.
         */
        get: {
            parameters: {
                query: {
                    /** @description Given name as heard; spelling variants are forgiven */
                    givenName: string;
                    familyName?: string;
                    otherNames?: string;
                    sex?: "female" | "male";
                    dateOfBirth?: string;
                    /** @description Estimated age when the birth date is unknown */
                    ageYears?: number;
                    /** @description Where the child lives (a village, or higher) */
                    placeId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                childId: string;
                                childCode: string;
                                givenName: string;
                                familyName: string | null;
                                otherNames: string | null;
                                /** @enum {string} */
                                sex: "female" | "male";
                                dateOfBirth: string | null;
                                birthDateEstimated: boolean;
                                ageYears: number | null;
                                place: {
                                    id: string;
                                    name: string;
                                };
                                caseCount: number;
                                score: number;
                                /** @description A likely duplicate: intake of a new child then needs confirmNotDuplicate */
                                likely: boolean;
                                reasons: ("name_same" | "name_spelling_variant" | "name_similar" | "sex_same" | "sex_different" | "birth_date_same" | "age_within_1_year" | "age_within_2_years" | "same_village" | "same_cell" | "same_sector")[];
                            }[];
                            likelyDuplicate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/children/by-code/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A child by ID (e.g. 57-4K7P9X-Q), with the child's cases in the caller's scope
         * @description The check symbol catches a mistyped ID: 400 errors.invalid_child_code. Audited.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            childCode: string;
                            identityVisible: boolean;
                            givenName: string | null;
                            familyName: string | null;
                            otherNames: string | null;
                            /** @enum {string} */
                            sex: "female" | "male";
                            dateOfBirth: string | null;
                            birthDateEstimated: boolean;
                            ageYears: number | null;
                            disability: string[];
                            disabilityNote: string | null;
                            /** @enum {string} */
                            refugeeStatus: "national" | "refugee" | "asylum_seeker" | "returnee" | "stateless" | "unknown";
                            place: {
                                id: string;
                                name: string;
                            };
                            cases: {
                                /** Format: uuid */
                                id: string;
                                caseCode: string;
                                stage: string;
                                /** Format: date-time */
                                openedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caseload in the caller's scope, soonest due first */
        get: {
            parameters: {
                query?: {
                    stage?: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                    tier?: number;
                    /** @description A child or case ID (or its start), or the child's name (not for supervisors) */
                    q?: string;
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                caseCode: string;
                                /** Format: uuid */
                                childId: string;
                                childCode: string;
                                /** @description null when identities are hidden from the reader */
                                childName: string | null;
                                /** @enum {string} */
                                sex: "female" | "male";
                                ageYears: number | null;
                                /** @enum {string} */
                                stage: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                                tier: 1 | 2;
                                caseTypes: string[];
                                place: {
                                    id: string;
                                    name: string;
                                };
                                leadCaseworker: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                nextDueAt: string | null;
                                /** Format: date-time */
                                openedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case file (every section; the read is audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            caseCode: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                            tier: 1 | 2;
                            caseTypes: ("sexual_violence" | "physical_violence" | "emotional_violence" | "abandonment_neglect" | "child_labour_exploitation" | "street_connected" | "harmful_practices")[];
                            districtId: string;
                            place: {
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            openedAt: string;
                            openedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            closedAt: string | null;
                            closureReason: string | null;
                            nextDueAt: string | null;
                            leadCaseworker: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                            } | null;
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            report: {
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                channel: string;
                                /** Format: date-time */
                                receivedAt: string;
                                tierReason: string | null;
                            };
                            child: {
                                /** Format: uuid */
                                id: string;
                                childCode: string;
                                identityVisible: boolean;
                                givenName: string | null;
                                familyName: string | null;
                                otherNames: string | null;
                                /** @enum {string} */
                                sex: "female" | "male";
                                dateOfBirth: string | null;
                                birthDateEstimated: boolean;
                                ageYears: number | null;
                                disability: string[];
                                disabilityNote: string | null;
                                /** @enum {string} */
                                refugeeStatus: "national" | "refugee" | "asylum_seeker" | "returnee" | "stateless" | "unknown";
                                place: {
                                    id: string;
                                    name: string;
                                };
                            };
                            household: {
                                /** Format: uuid */
                                id: string;
                                /** @description null when identities are hidden from the reader */
                                fullName: string | null;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "stepmother" | "stepfather" | "sibling" | "grandparent" | "aunt_uncle" | "other_relative" | "foster_carer" | "guardian" | "other";
                                sex: ("female" | "male") | null;
                                ageYears: number | null;
                                phone: string | null;
                                isCaregiver: boolean;
                                livesWithChild: boolean;
                                siblingChildId: string | null;
                            }[];
                            otherCases: {
                                /** Format: uuid */
                                id: string;
                                caseCode: string;
                                stage: string;
                                /** Format: date-time */
                                openedAt: string;
                            }[];
                            consents: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "caregiver_consent" | "child_consent" | "child_assent" | "vital_interest";
                                /** @enum {string} */
                                decision: "given" | "refused" | "withdrawn";
                                vitalInterest: boolean;
                                purposes: string[];
                                shareWith: string[];
                                householdMemberId: string | null;
                                /** @description null when identities are hidden from the reader */
                                giverName: string | null;
                                giverRelationship: string | null;
                                childAgeYears: number | null;
                                capacityNote: string | null;
                                reason: string | null;
                                /** Format: date-time */
                                decidedAt: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            }[];
                            consentStatus: {
                                services: ("consent" | "vital_interest") | null;
                                caseConference: ("consent" | "vital_interest") | null;
                                shareWith: {
                                    [key: string]: ("consent" | "vital_interest") | null;
                                };
                            };
                            /** @description Every version, newest first */
                            assessments: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                incidentFacts: string;
                                incidentDate: string | null;
                                incidentPlace: string | null;
                                perpetratorRelationship: string;
                                perpetratorSex: string | null;
                                perpetratorAgeGroup: string | null;
                                perpetratorHasAccess: boolean | null;
                                domains: {
                                    domain: string;
                                    strengths: string | null;
                                    needs: string | null;
                                    needLevel: string;
                                }[];
                                disability: string[];
                                disabilityNote: string | null;
                                siblingRisk: string;
                                siblingRiskNote: string | null;
                                summary: string | null;
                                /** Format: date-time */
                                assessedAt: string;
                                assessedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            }[];
                            /** @description The current plan version */
                            plan: {
                                /** Format: uuid */
                                id: string;
                                version: number;
                                /** Format: date */
                                reviewDate: string;
                                note: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                goals: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    key: string;
                                    description: string;
                                    measure: string;
                                    domain: string | null;
                                    targetDate: string | null;
                                    /** @enum {string} */
                                    status: "open" | "achieved" | "not_achieved" | "dropped";
                                    actions: {
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: uuid */
                                        key: string;
                                        description: string;
                                        responsibleUser: {
                                            /** Format: uuid */
                                            id: string;
                                            fullName: string;
                                        } | null;
                                        responsibleName: string | null;
                                        /** Format: date */
                                        dueDate: string;
                                        /** @enum {string} */
                                        status: "planned" | "in_progress" | "done" | "cancelled";
                                        /** @description Reserved for referrals (step 7): the referral carrying out this action */
                                        referralId: string | null;
                                    }[];
                                }[];
                            } | null;
                            planVersions: {
                                version: number;
                                /** Format: date */
                                reviewDate: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            }[];
                            conferences: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseCode: string;
                                /** @enum {string} */
                                type: "family" | "internal" | "inter_agency";
                                /** Format: date-time */
                                heldAt: string;
                                location: string | null;
                                purpose: string | null;
                                /** @enum {string} */
                                childParticipation: "attended" | "views_represented" | "not_participating";
                                childParticipationNote: string | null;
                                /** @enum {string} */
                                caregiverParticipation: "attended" | "views_represented" | "not_participating";
                                caregiverParticipationNote: string | null;
                                decisions: {
                                    description: string;
                                    responsible: string | null;
                                    dueDate: string | null;
                                }[];
                                /** @enum {string} */
                                consentBasis: "consent" | "vital_interest";
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                participants: {
                                    /** Format: uuid */
                                    id: string;
                                    user: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                        role: string;
                                    } | null;
                                    name: string | null;
                                    organisation: string | null;
                                    role: string | null;
                                    agreementSignedAt: string | null;
                                    agreementMethod: ("in_app" | "paper") | null;
                                }[];
                            }[];
                            timeline: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                actor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                refTable: string | null;
                                refId: string | null;
                                summary: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description How this reader holds the file */
                            access: {
                                /** @description The child’s processing is restricted (Law 058/2021 Art. 21): read-only, kept for storage and legal claims */
                                restricted: boolean;
                                /** @description The reader reaches this case through an emergency access (break the glass) */
                                emergency: {
                                    allowsWork: boolean;
                                    /** Format: date-time */
                                    expiresAt: string;
                                } | null;
                                readOnly: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/conference-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active users to invite to a conference of this case, by their name or organisation */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                                organisationName: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{reportId}/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Intake: open the case file of a screened VENA report (CPWO)
         * @description For an existing child (childId) or a new one (child). A new child with a likely match needs confirmNotDuplicate: true (409 errors.possible_duplicate_child otherwise).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description An existing child (from GET /children/matches); or give `child`
                         */
                        childId?: string;
                        /** @description A new child; or give `childId` */
                        child?: {
                            givenName: string;
                            familyName?: string;
                            otherNames?: string;
                            /** @enum {string} */
                            sex: "female" | "male";
                            /** Format: date */
                            dateOfBirth?: string;
                            /** @description Estimated age when the birth date is unknown (under 18) */
                            ageYears?: number;
                            /** @default [] */
                            disability?: ("physical" | "visual" | "hearing" | "speech_communication" | "intellectual" | "psychosocial" | "multiple" | "other")[];
                            disabilityNote?: string;
                            /**
                             * @default national
                             * @enum {string}
                             */
                            refugeeStatus?: "national" | "refugee" | "asylum_seeker" | "returnee" | "stateless" | "unknown";
                            /** @description The village where the child lives */
                            placeId: string;
                            /** @default [] */
                            household?: {
                                fullName: string;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "stepmother" | "stepfather" | "sibling" | "grandparent" | "aunt_uncle" | "other_relative" | "foster_carer" | "guardian" | "other";
                                /** @enum {string} */
                                sex?: "female" | "male";
                                ageYears?: number;
                                phone?: string;
                                /** @default false */
                                isCaregiver?: boolean;
                                /** @default true */
                                livesWithChild?: boolean;
                                /**
                                 * Format: uuid
                                 * @description A sibling's own child record (relationship 'sibling'), in the actor's scope
                                 */
                                siblingChildId?: string;
                            }[];
                        };
                        /** @description With `childId`: people to add to the existing child's household (a new child's household goes in `child.household`) */
                        household?: {
                            fullName: string;
                            /** @enum {string} */
                            relationship: "mother" | "father" | "stepmother" | "stepfather" | "sibling" | "grandparent" | "aunt_uncle" | "other_relative" | "foster_carer" | "guardian" | "other";
                            /** @enum {string} */
                            sex?: "female" | "male";
                            ageYears?: number;
                            phone?: string;
                            /** @default false */
                            isCaregiver?: boolean;
                            /** @default true */
                            livesWithChild?: boolean;
                            /**
                             * Format: uuid
                             * @description A sibling's own child record (relationship 'sibling'), in the actor's scope
                             */
                            siblingChildId?: string;
                        }[];
                        /**
                         * @description The caseworker checked the likely matches and this is a different child
                         * @default false
                         */
                        confirmNotDuplicate?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            caseCode: string;
                            /** Format: uuid */
                            childId: string;
                            childCode: string;
                            newChild: boolean;
                            /** @enum {string} */
                            stage: "intake";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a consent, assent, refusal, withdrawal or vital-interest basis */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description caregiver_consent: a caregiver decides; child_consent: a child of sufficient age and capacity decides for themself; child_assent: the child's agreement next to a caregiver's consent; vital_interest: processing without consent to protect the child (reason required)
                         * @enum {string}
                         */
                        kind: "caregiver_consent" | "child_consent" | "child_assent" | "vital_interest";
                        /**
                         * @description vital_interest takes 'given' (with a reason) or 'withdrawn'
                         * @enum {string}
                         */
                        decision: "given" | "refused" | "withdrawn";
                        /** @default [] */
                        purposes?: ("services" | "case_conference")[];
                        /** @default [] */
                        shareWith?: ("rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other")[];
                        /**
                         * Format: uuid
                         * @description caregiver_consent: the caregiver from the child's household list
                         */
                        householdMemberId?: string;
                        /** @description caregiver_consent without a household member: the caregiver's name */
                        giverName?: string;
                        /** @enum {string} */
                        giverRelationship?: "mother" | "father" | "stepmother" | "stepfather" | "sibling" | "grandparent" | "aunt_uncle" | "other_relative" | "foster_carer" | "guardian" | "other";
                        /** @description How the child's age and capacity were judged (required for child_consent) */
                        capacityNote?: string;
                        /** @description Required for vital_interest given */
                        reason?: string;
                        /**
                         * Format: date-time
                         * @description When the decision was made (default: now); not in the future
                         */
                        decidedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "caregiver_consent" | "child_consent" | "child_assent" | "vital_interest";
                            /** @enum {string} */
                            decision: "given" | "refused" | "withdrawn";
                            vitalInterest: boolean;
                            purposes: string[];
                            shareWith: string[];
                            householdMemberId: string | null;
                            /** @description null when identities are hidden from the reader */
                            giverName: string | null;
                            giverRelationship: string | null;
                            childAgeYears: number | null;
                            capacityNote: string | null;
                            reason: string | null;
                            /** Format: date-time */
                            decidedAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            caseStage: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/allocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Allocate the lead caseworker (CPWO) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        leadCaseworkerId: string;
                        /** @description true: allocate even though it takes the caseworker's weighted caseload over the threshold (otherwise 409 errors.caseload_over_threshold) */
                        confirmOverThreshold?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            stage: string;
                            leadCaseworker: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                            };
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/allocation/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may lead this case: trained, active CPWOs and CSO caseworkers whose jurisdiction holds it, lightest caseload first (CPWO) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    kind: string;
                                } | null;
                                supervisor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                /** Format: date */
                                trainingCompletedOn: string;
                                /** @description Open cases they lead now */
                                openCases: number;
                                caseload: {
                                    tier1: number;
                                    tier2: number;
                                    weighted: number;
                                    threshold: number;
                                    overThreshold: boolean;
                                    /** @description Allocating this case would take them over the threshold (the allocation asks to confirm) */
                                    overAfterAllocation: boolean;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an assessment version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The incident's detailed facts */
                        incidentFacts: string;
                        /** Format: date */
                        incidentDate?: string;
                        incidentPlace?: string;
                        /**
                         * @description Relationship of the alleged perpetrator to the child (national statistics)
                         * @enum {string}
                         */
                        perpetratorRelationship: "parent" | "step_parent" | "sibling" | "other_relative" | "caregiver_guardian" | "intimate_partner" | "neighbour" | "teacher" | "employer" | "peer" | "religious_leader" | "other_known_adult" | "stranger" | "unknown";
                        /** @enum {string} */
                        perpetratorSex?: "female" | "male" | "unknown";
                        /** @enum {string} */
                        perpetratorAgeGroup?: "child" | "adult" | "unknown";
                        /** @description Can the alleged perpetrator still reach the child? */
                        perpetratorHasAccess?: boolean;
                        /** @description The child's and family's strengths and needs, one entry per domain */
                        domains: {
                            /** @enum {string} */
                            domain: "safety" | "health" | "psychosocial" | "education" | "shelter_care" | "legal" | "economic";
                            strengths?: string;
                            needs?: string;
                            /** @enum {string} */
                            needLevel: "none" | "low" | "medium" | "high";
                        }[];
                        /** @default [] */
                        disability?: ("physical" | "visual" | "hearing" | "speech_communication" | "intellectual" | "psychosocial" | "multiple" | "other")[];
                        disabilityNote?: string;
                        /** @enum {string} */
                        siblingRisk: "none" | "possible" | "confirmed" | "no_siblings" | "unknown";
                        siblingRiskNote?: string;
                        summary?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            incidentFacts: string;
                            incidentDate: string | null;
                            incidentPlace: string | null;
                            perpetratorRelationship: string;
                            perpetratorSex: string | null;
                            perpetratorAgeGroup: string | null;
                            perpetratorHasAccess: boolean | null;
                            domains: {
                                domain: string;
                                strengths: string | null;
                                needs: string | null;
                                needLevel: string;
                            }[];
                            disability: string[];
                            disabilityNote: string | null;
                            siblingRisk: string;
                            siblingRiskNote: string | null;
                            summary: string | null;
                            /** Format: date-time */
                            assessedAt: string;
                            assessedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            caseStage: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save the case plan (a new version) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description When the plan is reviewed (today or later): the case review deadline
                         */
                        reviewDate: string;
                        note?: string;
                        goals: {
                            /**
                             * Format: uuid
                             * @description The same goal in the current plan (its `key`); omit for a new goal
                             */
                            key?: string;
                            description: string;
                            /** @description How achieving the goal is measured */
                            measure: string;
                            /** @enum {string} */
                            domain?: "safety" | "health" | "psychosocial" | "education" | "shelter_care" | "legal" | "economic";
                            /** Format: date */
                            targetDate?: string;
                            /**
                             * @default open
                             * @enum {string}
                             */
                            status?: "open" | "achieved" | "not_achieved" | "dropped";
                            actions: {
                                /**
                                 * Format: uuid
                                 * @description The same action in the current plan (its `key`); omit for a new action
                                 */
                                key?: string;
                                description: string;
                                /**
                                 * Format: uuid
                                 * @description A Rinda user responsible; or give responsibleName
                                 */
                                responsibleUserId?: string;
                                /** @description A provider, organisation or person without an account */
                                responsibleName?: string;
                                /** Format: date */
                                dueDate: string;
                                /**
                                 * @default planned
                                 * @enum {string}
                                 */
                                status?: "planned" | "in_progress" | "done" | "cancelled";
                            }[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date */
                            reviewDate: string;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            goals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                key: string;
                                description: string;
                                measure: string;
                                domain: string | null;
                                targetDate: string | null;
                                /** @enum {string} */
                                status: "open" | "achieved" | "not_achieved" | "dropped";
                                actions: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    key: string;
                                    description: string;
                                    responsibleUser: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    } | null;
                                    responsibleName: string | null;
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "cancelled";
                                    /** @description Reserved for referrals (step 7): the referral carrying out this action */
                                    referralId: string | null;
                                }[];
                            }[];
                            caseStage: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/plan/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of the case plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            version: number;
                            /** Format: date */
                            reviewDate: string;
                            note: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            goals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                key: string;
                                description: string;
                                measure: string;
                                domain: string | null;
                                targetDate: string | null;
                                /** @enum {string} */
                                status: "open" | "achieved" | "not_achieved" | "dropped";
                                actions: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    key: string;
                                    description: string;
                                    responsibleUser: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    } | null;
                                    responsibleName: string | null;
                                    /** Format: date */
                                    dueDate: string;
                                    /** @enum {string} */
                                    status: "planned" | "in_progress" | "done" | "cancelled";
                                    /** @description Reserved for referrals (step 7): the referral carrying out this action */
                                    referralId: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/conferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a case conference (needs consent for case_conference, or a recorded vital interest) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "family" | "internal" | "inter_agency";
                        /**
                         * Format: date-time
                         * @description When it is (or was) held
                         */
                        heldAt: string;
                        location?: string;
                        purpose?: string;
                        participants: {
                            /**
                             * Format: uuid
                             * @description A Rinda user; they sign the confidentiality agreement in the app
                             */
                            userId?: string;
                            /** @description An outside person (no account) */
                            name?: string;
                            organisation?: string;
                            /** @description e.g. mother, teacher, RIB investigator */
                            role?: string;
                            /**
                             * @description Outside person only: their paper confidentiality agreement is signed (recorded now by the caller)
                             * @default false
                             */
                            agreementSignedOnPaper?: boolean;
                        }[];
                        /** @enum {string} */
                        childParticipation: "attended" | "views_represented" | "not_participating";
                        childParticipationNote?: string;
                        /** @enum {string} */
                        caregiverParticipation: "attended" | "views_represented" | "not_participating";
                        caregiverParticipationNote?: string;
                        /** @default [] */
                        decisions?: {
                            description: string;
                            /** @default null */
                            responsible?: string | null;
                            /** @default null */
                            dueDate?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            caseCode: string;
                            /** @enum {string} */
                            type: "family" | "internal" | "inter_agency";
                            /** Format: date-time */
                            heldAt: string;
                            location: string | null;
                            purpose: string | null;
                            /** @enum {string} */
                            childParticipation: "attended" | "views_represented" | "not_participating";
                            childParticipationNote: string | null;
                            /** @enum {string} */
                            caregiverParticipation: "attended" | "views_represented" | "not_participating";
                            caregiverParticipationNote: string | null;
                            decisions: {
                                description: string;
                                responsible: string | null;
                                dueDate: string | null;
                            }[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest";
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                    role: string;
                                } | null;
                                name: string | null;
                                organisation: string | null;
                                role: string | null;
                                agreementSignedAt: string | null;
                                agreementMethod: ("in_app" | "paper") | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conferences/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's conference invitations (nothing of the case) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                conferenceId: string;
                                /** Format: uuid */
                                participantId: string;
                                /** @enum {string} */
                                type: "family" | "internal" | "inter_agency";
                                /** Format: date-time */
                                heldAt: string;
                                location: string | null;
                                invitedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                agreementSignedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conferences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conference: the case team, or a participant who signed the agreement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            caseCode: string;
                            /** @enum {string} */
                            type: "family" | "internal" | "inter_agency";
                            /** Format: date-time */
                            heldAt: string;
                            location: string | null;
                            purpose: string | null;
                            /** @enum {string} */
                            childParticipation: "attended" | "views_represented" | "not_participating";
                            childParticipationNote: string | null;
                            /** @enum {string} */
                            caregiverParticipation: "attended" | "views_represented" | "not_participating";
                            caregiverParticipationNote: string | null;
                            decisions: {
                                description: string;
                                responsible: string | null;
                                dueDate: string | null;
                            }[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest";
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                    role: string;
                                } | null;
                                name: string | null;
                                organisation: string | null;
                                role: string | null;
                                agreementSignedAt: string | null;
                                agreementMethod: ("in_app" | "paper") | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record the outcome of a conference (decisions, participation) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        heldAt?: string;
                        location?: string | null;
                        purpose?: string | null;
                        /** @enum {string} */
                        childParticipation?: "attended" | "views_represented" | "not_participating";
                        childParticipationNote?: string | null;
                        /** @enum {string} */
                        caregiverParticipation?: "attended" | "views_represented" | "not_participating";
                        caregiverParticipationNote?: string | null;
                        /** @description Replaces the list of decisions */
                        decisions?: {
                            description: string;
                            /** @default null */
                            responsible?: string | null;
                            /** @default null */
                            dueDate?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            caseCode: string;
                            /** @enum {string} */
                            type: "family" | "internal" | "inter_agency";
                            /** Format: date-time */
                            heldAt: string;
                            location: string | null;
                            purpose: string | null;
                            /** @enum {string} */
                            childParticipation: "attended" | "views_represented" | "not_participating";
                            childParticipationNote: string | null;
                            /** @enum {string} */
                            caregiverParticipation: "attended" | "views_represented" | "not_participating";
                            caregiverParticipationNote: string | null;
                            decisions: {
                                description: string;
                                responsible: string | null;
                                dueDate: string | null;
                            }[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest";
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                    role: string;
                                } | null;
                                name: string | null;
                                organisation: string | null;
                                role: string | null;
                                agreementSignedAt: string | null;
                                agreementMethod: ("in_app" | "paper") | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/conferences/{id}/sign-agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the confidentiality agreement in the app (a participant user) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            caseCode: string;
                            /** @enum {string} */
                            type: "family" | "internal" | "inter_agency";
                            /** Format: date-time */
                            heldAt: string;
                            location: string | null;
                            purpose: string | null;
                            /** @enum {string} */
                            childParticipation: "attended" | "views_represented" | "not_participating";
                            childParticipationNote: string | null;
                            /** @enum {string} */
                            caregiverParticipation: "attended" | "views_represented" | "not_participating";
                            caregiverParticipationNote: string | null;
                            decisions: {
                                description: string;
                                responsible: string | null;
                                dueDate: string | null;
                            }[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest";
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                    role: string;
                                } | null;
                                name: string | null;
                                organisation: string | null;
                                role: string | null;
                                agreementSignedAt: string | null;
                                agreementMethod: ("in_app" | "paper") | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conferences/{id}/participants/{participantId}/paper-agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an outside participant's signed paper confidentiality agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the paper was signed (default: now)
                         */
                        signedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            caseCode: string;
                            /** @enum {string} */
                            type: "family" | "internal" | "inter_agency";
                            /** Format: date-time */
                            heldAt: string;
                            location: string | null;
                            purpose: string | null;
                            /** @enum {string} */
                            childParticipation: "attended" | "views_represented" | "not_participating";
                            childParticipationNote: string | null;
                            /** @enum {string} */
                            caregiverParticipation: "attended" | "views_represented" | "not_participating";
                            caregiverParticipationNote: string | null;
                            decisions: {
                                description: string;
                                responsible: string | null;
                                dueDate: string | null;
                            }[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest";
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                    role: string;
                                } | null;
                                name: string | null;
                                organisation: string | null;
                                role: string | null;
                                agreementSignedAt: string | null;
                                agreementMethod: ("in_app" | "paper") | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Direct services given, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                description: string;
                                domain: ("safety" | "health" | "psychosocial" | "education" | "shelter_care" | "legal" | "economic") | null;
                                providedBy: {
                                    userId: string | null;
                                    name: string;
                                };
                                /** Format: date */
                                providedOn: string;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a direct service given (step 7) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What was given */
                        description: string;
                        /**
                         * @description The need it answers (assessment domain)
                         * @enum {string}
                         */
                        domain?: "safety" | "health" | "psychosocial" | "education" | "shelter_care" | "legal" | "economic";
                        /**
                         * Format: uuid
                         * @description Who gave it, when they have an account
                         */
                        providedByUserId?: string;
                        /** @description Who gave it, a person or provider without an account */
                        providedByName?: string;
                        /**
                         * Format: date
                         * @description When (not in the future)
                         */
                        providedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            description: string;
                            domain: ("safety" | "health" | "psychosocial" | "education" | "shelter_care" | "legal" | "economic") | null;
                            providedBy: {
                                userId: string | null;
                                name: string;
                            };
                            /** Format: date */
                            providedOn: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's referrals, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                caseId: string | null;
                                reportId: string | null;
                                planActionKey: string | null;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    kind: string;
                                };
                                /** Format: uuid */
                                serviceId: string;
                                serviceName: string;
                                serviceType: string;
                                /** @enum {string} */
                                urgency: "immediate" | "urgent" | "routine";
                                /** Format: date */
                                dueDate: string;
                                reason: string;
                                sharedGroups: string[];
                                /** @enum {string} */
                                consentBasis: "consent" | "vital_interest" | "override";
                                overrideReason: string | null;
                                overrideBasis: ("life_or_health" | "immediate_danger" | "forensic_evidence") | null;
                                /** @enum {string} */
                                status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                                /** @description No answer by the due date, or accepted and not completed in time */
                                overdue: boolean;
                                sentBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                sentAt: string;
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                declineReason: string | null;
                                serviceGivenOn: string | null;
                                serviceNote: string | null;
                                feedback: string | null;
                                feedbackBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                feedbackAt: string | null;
                                accessedOn: string | null;
                                outcome: ("yes" | "partly" | "no") | null;
                                outcomeNote: string | null;
                                completedAt: string | null;
                                withdrawnAt: string | null;
                                withdrawReason: string | null;
                                replacesReferralId: string | null;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Refer the case's child to a provider (consent gate; only the chosen groups of fields are shared) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /**
                         * Format: uuid
                         * @description One of the organisation's services (provider_services)
                         */
                        serviceId: string;
                        /**
                         * @description Gives the due date of the answer: the same day, 2 days, 7 days (Africa/Kigali)
                         * @enum {string}
                         */
                        urgency: "immediate" | "urgent" | "routine";
                        reason: string;
                        /** @description The groups of the child's data the provider sees */
                        sharedGroups: ("identity" | "contact" | "incident" | "health" | "assessment" | "plan")[];
                        /**
                         * Format: uuid
                         * @description The plan action this referral carries out
                         */
                        planActionKey?: string;
                        /**
                         * Format: uuid
                         * @description The declined referral this one replaces
                         */
                        replacesReferralId?: string;
                        /** @description Send without the consent on record (permission referral:override_consent) */
                        override?: {
                            /** @description Why the child cannot wait for consent */
                            reason: string;
                            /**
                             * @description The vital interest invoked
                             * @enum {string}
                             */
                            basis: "life_or_health" | "immediate_danger" | "forensic_evidence";
                        };
                        /** @description A report's early intervention: who consented at screening, and how */
                        consentNote?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            caseId: string | null;
                            reportId: string | null;
                            planActionKey: string | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            /** Format: uuid */
                            serviceId: string;
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest" | "override";
                            overrideReason: string | null;
                            overrideBasis: ("life_or_health" | "immediate_danger" | "forensic_evidence") | null;
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            /** @description No answer by the due date, or accepted and not completed in time */
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            answeredAt: string | null;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            feedbackAt: string | null;
                            accessedOn: string | null;
                            outcome: ("yes" | "partly" | "no") | null;
                            outcomeNote: string | null;
                            completedAt: string | null;
                            withdrawnAt: string | null;
                            withdrawReason: string | null;
                            replacesReferralId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/referral-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active providers of a service type covering the child's village, whose eligibility fits the child */
        get: {
            parameters: {
                query: {
                    serviceType: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                organisationKind: string;
                                /** Format: uuid */
                                serviceId: string;
                                serviceName: string;
                                serviceType: string;
                                capacityAvailable: number | null;
                                /** @description A lead agency of the case's types for this service (framework Table 4) */
                                lead: boolean;
                                /** @description The consent on record covers sharing with this kind of agency */
                                consentCovers: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report's early intervention referrals, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first (a report has a few) */
                            items: {
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                caseId: string | null;
                                reportId: string | null;
                                planActionKey: string | null;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    kind: string;
                                };
                                /** Format: uuid */
                                serviceId: string;
                                serviceName: string;
                                serviceType: string;
                                /** @enum {string} */
                                urgency: "immediate" | "urgent" | "routine";
                                /** Format: date */
                                dueDate: string;
                                reason: string;
                                sharedGroups: string[];
                                /** @enum {string} */
                                consentBasis: "consent" | "vital_interest" | "override";
                                overrideReason: string | null;
                                overrideBasis: ("life_or_health" | "immediate_danger" | "forensic_evidence") | null;
                                /** @enum {string} */
                                status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                                /** @description No answer by the due date, or accepted and not completed in time */
                                overdue: boolean;
                                sentBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                sentAt: string;
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                declineReason: string | null;
                                serviceGivenOn: string | null;
                                serviceNote: string | null;
                                feedback: string | null;
                                feedbackBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                feedbackAt: string | null;
                                accessedOn: string | null;
                                outcome: ("yes" | "partly" | "no") | null;
                                outcomeNote: string | null;
                                completedAt: string | null;
                                withdrawnAt: string | null;
                                withdrawReason: string | null;
                                replacesReferralId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** A non-VENA report's early intervention referral */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        organisationId: string;
                        /**
                         * Format: uuid
                         * @description One of the organisation's services (provider_services)
                         */
                        serviceId: string;
                        /**
                         * @description Gives the due date of the answer: the same day, 2 days, 7 days (Africa/Kigali)
                         * @enum {string}
                         */
                        urgency: "immediate" | "urgent" | "routine";
                        reason: string;
                        /** @description The groups of the child's data the provider sees */
                        sharedGroups: ("identity" | "contact" | "incident" | "health" | "assessment" | "plan")[];
                        /**
                         * Format: uuid
                         * @description The plan action this referral carries out
                         */
                        planActionKey?: string;
                        /**
                         * Format: uuid
                         * @description The declined referral this one replaces
                         */
                        replacesReferralId?: string;
                        /** @description Send without the consent on record (permission referral:override_consent) */
                        override?: {
                            /** @description Why the child cannot wait for consent */
                            reason: string;
                            /**
                             * @description The vital interest invoked
                             * @enum {string}
                             */
                            basis: "life_or_health" | "immediate_danger" | "forensic_evidence";
                        };
                        /** @description A report's early intervention: who consented at screening, and how */
                        consentNote?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            caseId: string | null;
                            reportId: string | null;
                            planActionKey: string | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            /** Format: uuid */
                            serviceId: string;
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest" | "override";
                            overrideReason: string | null;
                            overrideBasis: ("life_or_health" | "immediate_danger" | "forensic_evidence") | null;
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            /** @description No answer by the due date, or accepted and not completed in time */
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            answeredAt: string | null;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            feedbackAt: string | null;
                            accessedOn: string | null;
                            outcome: ("yes" | "partly" | "no") | null;
                            outcomeNote: string | null;
                            completedAt: string | null;
                            withdrawnAt: string | null;
                            withdrawReason: string | null;
                            replacesReferralId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{id}/referral-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active providers of a service type covering the reported child's village, whose eligibility fits the child */
        get: {
            parameters: {
                query: {
                    serviceType: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                organisationKind: string;
                                /** Format: uuid */
                                serviceId: string;
                                serviceName: string;
                                serviceType: string;
                                capacityAvailable: number | null;
                                /** @description A lead agency of the case's types for this service (framework Table 4) */
                                lead: boolean;
                                /** @description The consent on record covers sharing with this kind of agency */
                                consentCovers: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The child accessed the service (date) and its outcome */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description The day the child accessed the service
                         */
                        accessedOn: string;
                        /** @enum {string} */
                        outcome: "yes" | "partly" | "no";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            caseId: string | null;
                            reportId: string | null;
                            planActionKey: string | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            /** Format: uuid */
                            serviceId: string;
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest" | "override";
                            overrideReason: string | null;
                            overrideBasis: ("life_or_health" | "immediate_danger" | "forensic_evidence") | null;
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            /** @description No answer by the due date, or accepted and not completed in time */
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            answeredAt: string | null;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            feedbackAt: string | null;
                            accessedOn: string | null;
                            outcome: ("yes" | "partly" | "no") | null;
                            outcomeNote: string | null;
                            completedAt: string | null;
                            withdrawnAt: string | null;
                            withdrawReason: string | null;
                            replacesReferralId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete: only with access, outcome and the provider feedback */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            caseId: string | null;
                            reportId: string | null;
                            planActionKey: string | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            /** Format: uuid */
                            serviceId: string;
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest" | "override";
                            overrideReason: string | null;
                            overrideBasis: ("life_or_health" | "immediate_danger" | "forensic_evidence") | null;
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            /** @description No answer by the due date, or accepted and not completed in time */
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            answeredAt: string | null;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            feedbackAt: string | null;
                            accessedOn: string | null;
                            outcome: ("yes" | "partly" | "no") | null;
                            outcomeNote: string | null;
                            completedAt: string | null;
                            withdrawnAt: string | null;
                            withdrawReason: string | null;
                            replacesReferralId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw: the provider's access ends at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            caseId: string | null;
                            reportId: string | null;
                            planActionKey: string | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            /** Format: uuid */
                            serviceId: string;
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            consentBasis: "consent" | "vital_interest" | "override";
                            overrideReason: string | null;
                            overrideBasis: ("life_or_health" | "immediate_danger" | "forensic_evidence") | null;
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            /** @description No answer by the due date, or accepted and not completed in time */
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            answeredBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            answeredAt: string | null;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            feedbackAt: string | null;
                            accessedOn: string | null;
                            outcome: ("yes" | "partly" | "no") | null;
                            outcomeNote: string | null;
                            completedAt: string | null;
                            withdrawnAt: string | null;
                            withdrawReason: string | null;
                            replacesReferralId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A focal person's inbox: their organisations' referrals, soonest due first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                    /** @description 'open' (default): sent, accepted or service given */
                    status?: "open" | "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Soonest due first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    kind: string;
                                };
                                serviceName: string;
                                serviceType: string;
                                /** @enum {string} */
                                urgency: "immediate" | "urgent" | "routine";
                                /** Format: date */
                                dueDate: string;
                                /** @enum {string} */
                                status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                                overdue: boolean;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The referral as its provider sees it: only the shared groups of the child's data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackAt: string | null;
                            child: {
                                childCode: string;
                                sex: string;
                                ageYears: number | null;
                                identity: {
                                    givenName: string;
                                    familyName: string | null;
                                    otherNames: string | null;
                                    dateOfBirth: string | null;
                                    placeName: string;
                                } | null;
                                contact: {
                                    caregivers: {
                                        fullName: string;
                                        relationship: string;
                                        phone: string | null;
                                    }[];
                                } | null;
                                incident: {
                                    whatHappened: string;
                                    incidentDate: string | null;
                                    incidentPlace: string | null;
                                    caseTypes: string[];
                                    tier: number | null;
                                } | null;
                                health: {
                                    disability: string[];
                                    disabilityNote: string | null;
                                    healthNeeds: string | null;
                                } | null;
                                assessment: {
                                    summary: string | null;
                                    domains: {
                                        domain: string;
                                        needs?: string | null;
                                        needLevel?: string | null;
                                    }[];
                                    siblingRisk: string;
                                    perpetratorRelationship: string;
                                } | null;
                                plan: {
                                    goals: {
                                        description: string;
                                        measure: string;
                                        targetDate: string | null;
                                        status: string;
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the referral */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackAt: string | null;
                            child: {
                                childCode: string;
                                sex: string;
                                ageYears: number | null;
                                identity: {
                                    givenName: string;
                                    familyName: string | null;
                                    otherNames: string | null;
                                    dateOfBirth: string | null;
                                    placeName: string;
                                } | null;
                                contact: {
                                    caregivers: {
                                        fullName: string;
                                        relationship: string;
                                        phone: string | null;
                                    }[];
                                } | null;
                                incident: {
                                    whatHappened: string;
                                    incidentDate: string | null;
                                    incidentPlace: string | null;
                                    caseTypes: string[];
                                    tier: number | null;
                                } | null;
                                health: {
                                    disability: string[];
                                    disabilityNote: string | null;
                                    healthNeeds: string | null;
                                } | null;
                                assessment: {
                                    summary: string | null;
                                    domains: {
                                        domain: string;
                                        needs?: string | null;
                                        needLevel?: string | null;
                                    }[];
                                    siblingRisk: string;
                                    perpetratorRelationship: string;
                                } | null;
                                plan: {
                                    goals: {
                                        description: string;
                                        measure: string;
                                        targetDate: string | null;
                                        status: string;
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the referral, saying why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackAt: string | null;
                            child: {
                                childCode: string;
                                sex: string;
                                ageYears: number | null;
                                identity: {
                                    givenName: string;
                                    familyName: string | null;
                                    otherNames: string | null;
                                    dateOfBirth: string | null;
                                    placeName: string;
                                } | null;
                                contact: {
                                    caregivers: {
                                        fullName: string;
                                        relationship: string;
                                        phone: string | null;
                                    }[];
                                } | null;
                                incident: {
                                    whatHappened: string;
                                    incidentDate: string | null;
                                    incidentPlace: string | null;
                                    caseTypes: string[];
                                    tier: number | null;
                                } | null;
                                health: {
                                    disability: string[];
                                    disabilityNote: string | null;
                                    healthNeeds: string | null;
                                } | null;
                                assessment: {
                                    summary: string | null;
                                    domains: {
                                        domain: string;
                                        needs?: string | null;
                                        needLevel?: string | null;
                                    }[];
                                    siblingRisk: string;
                                    perpetratorRelationship: string;
                                } | null;
                                plan: {
                                    goals: {
                                        description: string;
                                        measure: string;
                                        targetDate: string | null;
                                        status: string;
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the service given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        givenOn: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackAt: string | null;
                            child: {
                                childCode: string;
                                sex: string;
                                ageYears: number | null;
                                identity: {
                                    givenName: string;
                                    familyName: string | null;
                                    otherNames: string | null;
                                    dateOfBirth: string | null;
                                    placeName: string;
                                } | null;
                                contact: {
                                    caregivers: {
                                        fullName: string;
                                        relationship: string;
                                        phone: string | null;
                                    }[];
                                } | null;
                                incident: {
                                    whatHappened: string;
                                    incidentDate: string | null;
                                    incidentPlace: string | null;
                                    caseTypes: string[];
                                    tier: number | null;
                                } | null;
                                health: {
                                    disability: string[];
                                    disabilityNote: string | null;
                                    healthNeeds: string | null;
                                } | null;
                                assessment: {
                                    summary: string | null;
                                    domains: {
                                        domain: string;
                                        needs?: string | null;
                                        needLevel?: string | null;
                                    }[];
                                    siblingRisk: string;
                                    perpetratorRelationship: string;
                                } | null;
                                plan: {
                                    goals: {
                                        description: string;
                                        measure: string;
                                        targetDate: string | null;
                                        status: string;
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The provider's written feedback */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        feedback: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                kind: string;
                            };
                            serviceName: string;
                            serviceType: string;
                            /** @enum {string} */
                            urgency: "immediate" | "urgent" | "routine";
                            /** Format: date */
                            dueDate: string;
                            reason: string;
                            sharedGroups: string[];
                            /** @enum {string} */
                            status: "sent" | "accepted" | "declined" | "service_given" | "completed" | "withdrawn";
                            overdue: boolean;
                            sentBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            sentAt: string;
                            declineReason: string | null;
                            serviceGivenOn: string | null;
                            serviceNote: string | null;
                            feedback: string | null;
                            feedbackAt: string | null;
                            child: {
                                childCode: string;
                                sex: string;
                                ageYears: number | null;
                                identity: {
                                    givenName: string;
                                    familyName: string | null;
                                    otherNames: string | null;
                                    dateOfBirth: string | null;
                                    placeName: string;
                                } | null;
                                contact: {
                                    caregivers: {
                                        fullName: string;
                                        relationship: string;
                                        phone: string | null;
                                    }[];
                                } | null;
                                incident: {
                                    whatHappened: string;
                                    incidentDate: string | null;
                                    incidentPlace: string | null;
                                    caseTypes: string[];
                                    tier: number | null;
                                } | null;
                                health: {
                                    disability: string[];
                                    disabilityNote: string | null;
                                    healthNeeds: string | null;
                                } | null;
                                assessment: {
                                    summary: string | null;
                                    domains: {
                                        domain: string;
                                        needs?: string | null;
                                        needLevel?: string | null;
                                    }[];
                                    siblingRisk: string;
                                    perpetratorRelationship: string;
                                } | null;
                                plan: {
                                    goals: {
                                        description: string;
                                        measure: string;
                                        targetDate: string | null;
                                        status: string;
                                    }[];
                                } | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monitoring visits, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                visitTaskId: string | null;
                                visitedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                companions: string | null;
                                /** Format: date-time */
                                visitedAt: string;
                                observations: string;
                                childSafe: boolean;
                                concerns: string | null;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a monitoring visit (step 8) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the visit took place (not in the future)
                         */
                        visitedAt: string;
                        /** @description Others present at the visit */
                        companions?: string;
                        /** @description What the visitor saw and heard */
                        observations: string;
                        /** @description Is the child safe? */
                        childSafe: boolean;
                        /** @description Concerns found (required when the child is not safe) */
                        concerns?: string;
                        /**
                         * Format: uuid
                         * @description Who visited (default: the signed-in user)
                         */
                        visitedByUserId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            visitTaskId: string | null;
                            visitedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            companions: string | null;
                            /** Format: date-time */
                            visitedAt: string;
                            observations: string;
                            childSafe: boolean;
                            concerns: string | null;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/visit-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits asked of IZU for this case */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                izu: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** Format: date */
                                dueDate: string;
                                purpose: string;
                                /** @enum {string} */
                                status: "open" | "done" | "cancelled";
                                closedAt: string | null;
                                visitId: string | null;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Ask the village's IZU to visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description An active IZU of the case's village (or of an area containing it)
                         */
                        izuUserId: string;
                        /**
                         * Format: date
                         * @description Visit by this date (today or later)
                         */
                        dueDate: string;
                        /** @description What the visit is for; the IZU reads it, so write only what the visit needs */
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            izu: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            /** Format: date */
                            dueDate: string;
                            purpose: string;
                            /** @enum {string} */
                            status: "open" | "done" | "cancelled";
                            closedAt: string | null;
                            visitId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/visit-requests/izus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The IZU who may be asked to visit this child */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                jurisdictionId: string;
                                jurisdictionName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/visit-requests/{requestId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an open visit request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            izu: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            /** Format: date */
                            dueDate: string;
                            purpose: string;
                            /** @enum {string} */
                            status: "open" | "done" | "cancelled";
                            closedAt: string | null;
                            visitId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visit-tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An IZU's open visit tasks (what the visit needs, nothing else), soonest due first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @description The number the task’s SMS gave; the volunteer answers the task by SMS or USSD with it */
                                taskNumber: number;
                                /** Format: date */
                                dueDate: string;
                                purpose: string;
                                childFirstName: string;
                                village: string;
                                caregiverName: string | null;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visit-tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of my visit tasks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description The number the task’s SMS gave; the volunteer answers the task by SMS or USSD with it */
                            taskNumber: number;
                            /** Format: date */
                            dueDate: string;
                            purpose: string;
                            childFirstName: string;
                            village: string;
                            caregiverName: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visit-tasks/{id}/visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the visit asked of me; it joins the case file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the visit took place (not in the future)
                         */
                        visitedAt: string;
                        /** @description Others present at the visit */
                        companions?: string;
                        /** @description What the visitor saw and heard */
                        observations: string;
                        /** @description Is the child safe? */
                        childSafe: boolean;
                        /** @description Concerns found (required when the child is not safe) */
                        concerns?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            visitId: string;
                            /** Format: uuid */
                            taskId: string;
                            /** Format: date-time */
                            recordedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reviews, progress over reviews, and whether the case may close on its benchmarks */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                reviewedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                reviewedAt: string;
                                /** @enum {string} */
                                outcome: "continue" | "reassess" | "ready_for_closure";
                                newConcerns: string | null;
                                note: string | null;
                                metCount: number;
                                benchmarks: {
                                    /** @enum {string} */
                                    benchmark: "plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known";
                                    met: boolean;
                                    evidence: string;
                                }[];
                                /** @description The plan's goals when reviewed (dropped goals left out); null when the case had no plan */
                                planGoals: {
                                    total: number;
                                    achieved: number;
                                } | null;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                            /** @description Benchmarks met at each of the latest 200 reviews, oldest first */
                            progress: {
                                /** Format: uuid */
                                reviewId: string;
                                /** Format: date-time */
                                reviewedAt: string;
                                metCount: number;
                                /** @enum {string} */
                                outcome: "continue" | "reassess" | "ready_for_closure";
                            }[];
                            /** @description Whether the latest review and the plan allow closing on the benchmarks now */
                            closure: {
                                allowed: boolean;
                                missingBenchmarks: ("plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known")[];
                                openPlanGoals: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a case review against the seven benchmarks (step 8) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description All seven benchmarks, each once */
                        benchmarks: {
                            /** @enum {string} */
                            benchmark: "plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known";
                            met: boolean;
                            /** @description What shows it (required for each benchmark) */
                            evidence: string;
                        }[];
                        /**
                         * @description 'continue'; 'reassess' (new concerns: the case goes back to assessment); 'ready_for_closure' (only when the benchmarks allow it)
                         * @enum {string}
                         */
                        outcome: "continue" | "reassess" | "ready_for_closure";
                        /** @description The new or unresolved concerns (required for 'reassess') */
                        newConcerns?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            reviewedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            reviewedAt: string;
                            /** @enum {string} */
                            outcome: "continue" | "reassess" | "ready_for_closure";
                            newConcerns: string | null;
                            note: string | null;
                            metCount: number;
                            benchmarks: {
                                /** @enum {string} */
                                benchmark: "plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known";
                                met: boolean;
                                evidence: string;
                            }[];
                            /** @description The plan's goals when reviewed (dropped goals left out); null when the case had no plan */
                            planGoals: {
                                total: number;
                                achieved: number;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closure state: stage, pending request, whether the benchmarks allow closing, history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                            closedAt: string | null;
                            closureReason: ("goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other") | null;
                            pendingRequest: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            } | null;
                            /** @description Whether the case may close on its benchmarks now */
                            benchmarks: {
                                allowed: boolean;
                                missingBenchmarks: ("plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known")[];
                                openPlanGoals: number;
                            };
                            /** @description Every closure request, newest first */
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            }[];
                            /** @description Every closure (and its reopening), newest first */
                            closures: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string | null;
                                reviewId: string | null;
                                closureRequestId: string | null;
                                closedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                closedAt: string;
                                reopenedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                reopenedAt: string | null;
                                reopenReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Close the case (step 9), or ask the supervisor to approve closing it for another reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description 'goals_and_benchmarks_met' closes at once when the latest review allows it; any other reason needs a note and the supervisor's approval
                         * @enum {string}
                         */
                        reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                        /** @description The written reason (required unless the goals and benchmarks are met) */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                            closedAt: string | null;
                            closureReason: ("goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other") | null;
                            pendingRequest: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            } | null;
                            /** @description Whether the case may close on its benchmarks now */
                            benchmarks: {
                                allowed: boolean;
                                missingBenchmarks: ("plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known")[];
                                openPlanGoals: number;
                            };
                            /** @description Every closure request, newest first */
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            }[];
                            /** @description Every closure (and its reopening), newest first */
                            closures: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string | null;
                                reviewId: string | null;
                                closureRequestId: string | null;
                                closedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                closedAt: string;
                                reopenedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                reopenedAt: string | null;
                                reopenReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/closure/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The lead caseworker's supervisor approves the pending closure */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                            closedAt: string | null;
                            closureReason: ("goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other") | null;
                            pendingRequest: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            } | null;
                            /** @description Whether the case may close on its benchmarks now */
                            benchmarks: {
                                allowed: boolean;
                                missingBenchmarks: ("plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known")[];
                                openPlanGoals: number;
                            };
                            /** @description Every closure request, newest first */
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            }[];
                            /** @description Every closure (and its reopening), newest first */
                            closures: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string | null;
                                reviewId: string | null;
                                closureRequestId: string | null;
                                closedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                closedAt: string;
                                reopenedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                reopenedAt: string | null;
                                reopenReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/closure/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The supervisor rejects the pending closure, saying why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the case stays open */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                            closedAt: string | null;
                            closureReason: ("goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other") | null;
                            pendingRequest: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            } | null;
                            /** @description Whether the case may close on its benchmarks now */
                            benchmarks: {
                                allowed: boolean;
                                missingBenchmarks: ("plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known")[];
                                openPlanGoals: number;
                            };
                            /** @description Every closure request, newest first */
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            }[];
                            /** @description Every closure (and its reopening), newest first */
                            closures: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string | null;
                                reviewId: string | null;
                                closureRequestId: string | null;
                                closedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                closedAt: string;
                                reopenedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                reopenedAt: string | null;
                                reopenReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/closure/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caseworker withdraws the pending closure request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                            closedAt: string | null;
                            closureReason: ("goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other") | null;
                            pendingRequest: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            } | null;
                            /** @description Whether the case may close on its benchmarks now */
                            benchmarks: {
                                allowed: boolean;
                                missingBenchmarks: ("plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known")[];
                                openPlanGoals: number;
                            };
                            /** @description Every closure request, newest first */
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            }[];
                            /** @description Every closure (and its reopening), newest first */
                            closures: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string | null;
                                reviewId: string | null;
                                closureRequestId: string | null;
                                closedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                closedAt: string;
                                reopenedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                reopenedAt: string | null;
                                reopenReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed case; it returns to assessment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the case is reopened */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                            closedAt: string | null;
                            closureReason: ("goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other") | null;
                            pendingRequest: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            } | null;
                            /** @description Whether the case may close on its benchmarks now */
                            benchmarks: {
                                allowed: boolean;
                                missingBenchmarks: ("plan_goals_achieved" | "no_household_violence" | "mitigation_in_place" | "safe_permanent_care" | "justice_process_concluded" | "child_coping_and_hope" | "safe_person_known")[];
                                openPlanGoals: number;
                            };
                            /** @description Every closure request, newest first */
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected" | "withdrawn";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                            }[];
                            /** @description Every closure (and its reopening), newest first */
                            closures: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string | null;
                                reviewId: string | null;
                                closureRequestId: string | null;
                                closedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                closedAt: string;
                                reopenedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                reopenedAt: string | null;
                                reopenReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/closure-requests/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A supervisor's queue of closure requests to decide, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                requestId: string;
                                /** Format: uuid */
                                caseId: string;
                                caseCode: string;
                                childCode: string;
                                /** @enum {string} */
                                reason: "goals_and_benchmarks_met" | "turned_18" | "moved_abroad" | "died" | "transferred" | "lost_contact" | "other";
                                note: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfer history of the case, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                from: {
                                    districtId: string;
                                    districtName: string;
                                    placeId: string;
                                };
                                to: {
                                    districtId: string | null;
                                    districtName: string | null;
                                    placeId: string | null;
                                    organisationId: string | null;
                                    organisationName: string | null;
                                };
                                reason: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionReason: string | null;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Transfer the case to another district or agency */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The receiving district */
                        toDistrictId?: string;
                        /** @description The child's new place in that district (a village where known) */
                        toPlaceId?: string;
                        /**
                         * Format: uuid
                         * @description Or the receiving agency
                         */
                        toOrganisationId?: string;
                        /** @description Why the case moves */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            from: {
                                districtId: string;
                                districtName: string;
                                placeId: string;
                            };
                            to: {
                                districtId: string | null;
                                districtName: string | null;
                                placeId: string | null;
                                organisationId: string | null;
                                organisationName: string | null;
                            };
                            reason: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled";
                            decidedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transfers/{transferId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sender cancels a pending transfer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    transferId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            from: {
                                districtId: string;
                                districtName: string;
                                placeId: string;
                            };
                            to: {
                                districtId: string | null;
                                districtName: string | null;
                                placeId: string | null;
                                organisationId: string | null;
                                organisationName: string | null;
                            };
                            reason: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled";
                            decidedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending transfers to the actor's district (CPWO) or agency, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                from: {
                                    districtId: string;
                                    districtName: string;
                                    placeId: string;
                                };
                                to: {
                                    districtId: string | null;
                                    districtName: string | null;
                                    placeId: string | null;
                                    organisationId: string | null;
                                    organisationName: string | null;
                                };
                                reason: string;
                                requestedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "declined" | "cancelled";
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                decidedAt: string | null;
                                decisionReason: string | null;
                                caseCode: string;
                                childCode: string;
                                tier: number;
                                caseTypes: ("sexual_violence" | "physical_violence" | "emotional_violence" | "abandonment_neglect" | "child_labour_exploitation" | "street_connected" | "harmful_practices")[];
                                stage: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an incoming transfer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description District transfers: the child's place, if the sender did not know it */
                        toPlaceId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            from: {
                                districtId: string;
                                districtName: string;
                                placeId: string;
                            };
                            to: {
                                districtId: string | null;
                                districtName: string | null;
                                placeId: string | null;
                                organisationId: string | null;
                                organisationName: string | null;
                            };
                            reason: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled";
                            decidedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transfers/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an incoming transfer, saying why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the transfer is declined */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            from: {
                                districtId: string;
                                districtName: string;
                                placeId: string;
                            };
                            to: {
                                districtId: string | null;
                                districtName: string | null;
                                placeId: string | null;
                                organisationId: string | null;
                                organisationName: string | null;
                            };
                            reason: string;
                            requestedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            requestedAt: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "declined" | "cancelled";
                            decidedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            decidedAt: string | null;
                            decisionReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Case notes, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                body: string;
                                writtenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                writtenAt: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a case note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The note */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            body: string;
                            writtenBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            writtenAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Client feedback, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                /** @enum {string} */
                                respondent: "child" | "caregiver";
                                satisfaction: number;
                                wellbeingImproved: boolean | null;
                                comments: string | null;
                                collectedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                collectedAt: string;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record the child's or caregiver's feedback */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        respondent: "child" | "caregiver";
                        /** @description 1 very dissatisfied … 5 very satisfied */
                        satisfaction: number;
                        /** @description Does the child report better wellbeing? (indicator) */
                        wellbeingImproved?: boolean;
                        comments?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            respondent: "child" | "caregiver";
                            satisfaction: number;
                            wellbeingImproved: boolean | null;
                            comments: string | null;
                            collectedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            collectedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reintegrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reintegration attempts of the case, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The attempts, newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                /** @enum {string} */
                                status: "in_progress" | "completed" | "failed";
                                /** Format: date */
                                startedOn: string;
                                startedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                endedAt: string | null;
                                /** @description The next stage to do; null once the attempt has ended */
                                currentStage: ("tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure") | null;
                                failure: {
                                    /** @enum {string} */
                                    stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                    /** @enum {string} */
                                    reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                                    note: string | null;
                                    by: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                } | null;
                                familyFound: boolean;
                                /** @description The stages done, in order */
                                stages: {
                                    /** @enum {string} */
                                    stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                    /** Format: date */
                                    completedOn: string;
                                    doneBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    note: string | null;
                                    recordedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                                leads: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @description Null when hidden (need-to-know) */
                                    personName: string | null;
                                    /** @enum {string} */
                                    relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                                    phone: string | null;
                                    /** @description Null when hidden; the district is always shown */
                                    placeId: string | null;
                                    placeName: string | null;
                                    districtId: string;
                                    districtName: string;
                                    directions: string | null;
                                    source: string | null;
                                    /** @description The IZU enquiry asked for this lead, if any (see the case’s visit requests) */
                                    visitTaskId: string | null;
                                    createdBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    createdAt: string;
                                    attempts: {
                                        /** Format: uuid */
                                        id: string;
                                        /** Format: date */
                                        attemptedOn: string;
                                        attemptedBy: {
                                            /** Format: uuid */
                                            id: string;
                                            fullName: string;
                                        };
                                        /** @enum {string} */
                                        method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                                        /** @enum {string} */
                                        outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                                        note: string | null;
                                        /** Format: date-time */
                                        recordedAt: string;
                                    }[];
                                }[];
                                assessments: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    part: "social" | "psychological";
                                    /** Format: date */
                                    assessedOn: string;
                                    assessor: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    social: string | null;
                                    economic: string | null;
                                    community: string | null;
                                    emotional: string | null;
                                    attachment: string | null;
                                    behaviour: string | null;
                                    familySafe: boolean;
                                    recommendation: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                            /**
                             * @description The part of the assessment the signed-in user records
                             * @enum {string}
                             */
                            myAssessmentPart: "social" | "psychological";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Start a reintegration attempt (tracing first) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description When the work began (not in the future)
                         */
                        startedOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "in_progress" | "completed" | "failed";
                            /** Format: date */
                            startedOn: string;
                            startedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            endedAt: string | null;
                            /** @description The next stage to do; null once the attempt has ended */
                            currentStage: ("tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure") | null;
                            failure: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** @enum {string} */
                                reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                                note: string | null;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            } | null;
                            familyFound: boolean;
                            /** @description The stages done, in order */
                            stages: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** Format: date */
                                completedOn: string;
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string | null;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            leads: {
                                /** Format: uuid */
                                id: string;
                                /** @description Null when hidden (need-to-know) */
                                personName: string | null;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                                phone: string | null;
                                /** @description Null when hidden; the district is always shown */
                                placeId: string | null;
                                placeName: string | null;
                                districtId: string;
                                districtName: string;
                                directions: string | null;
                                source: string | null;
                                /** @description The IZU enquiry asked for this lead, if any (see the case’s visit requests) */
                                visitTaskId: string | null;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                attempts: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    attemptedOn: string;
                                    attemptedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                                    /** @enum {string} */
                                    outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                                    note: string | null;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                            assessments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                part: "social" | "psychological";
                                /** Format: date */
                                assessedOn: string;
                                assessor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                social: string | null;
                                economic: string | null;
                                community: string | null;
                                emotional: string | null;
                                attachment: string | null;
                                behaviour: string | null;
                                familySafe: boolean;
                                recommendation: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reintegrations/{reintegrationId}/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the next stage as done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reintegrationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The next stage (stages are done in order)
                         * @enum {string}
                         */
                        stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                        /**
                         * Format: date
                         * @description When the stage was done (not in the future, not before the stage before it)
                         */
                        completedOn: string;
                        /**
                         * Format: uuid
                         * @description Who did it (default: the signed-in user); a caseworker of the case’s district
                         */
                        doneByUserId?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "in_progress" | "completed" | "failed";
                            /** Format: date */
                            startedOn: string;
                            startedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            endedAt: string | null;
                            /** @description The next stage to do; null once the attempt has ended */
                            currentStage: ("tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure") | null;
                            failure: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** @enum {string} */
                                reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                                note: string | null;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            } | null;
                            familyFound: boolean;
                            /** @description The stages done, in order */
                            stages: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** Format: date */
                                completedOn: string;
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string | null;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            leads: {
                                /** Format: uuid */
                                id: string;
                                /** @description Null when hidden (need-to-know) */
                                personName: string | null;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                                phone: string | null;
                                /** @description Null when hidden; the district is always shown */
                                placeId: string | null;
                                placeName: string | null;
                                districtId: string;
                                districtName: string;
                                directions: string | null;
                                source: string | null;
                                /** @description The IZU enquiry asked for this lead, if any (see the case’s visit requests) */
                                visitTaskId: string | null;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                attempts: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    attemptedOn: string;
                                    attemptedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                                    /** @enum {string} */
                                    outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                                    note: string | null;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                            assessments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                part: "social" | "psychological";
                                /** Format: date */
                                assessedOn: string;
                                assessor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                social: string | null;
                                economic: string | null;
                                community: string | null;
                                emotional: string | null;
                                attachment: string | null;
                                behaviour: string | null;
                                familySafe: boolean;
                                recommendation: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reintegrations/{reintegrationId}/failure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The attempt fails at its current stage, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reintegrationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                        /** @description What was found; the case goes on (the child may go to alternative care) */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "in_progress" | "completed" | "failed";
                            /** Format: date */
                            startedOn: string;
                            startedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            endedAt: string | null;
                            /** @description The next stage to do; null once the attempt has ended */
                            currentStage: ("tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure") | null;
                            failure: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** @enum {string} */
                                reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                                note: string | null;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            } | null;
                            familyFound: boolean;
                            /** @description The stages done, in order */
                            stages: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** Format: date */
                                completedOn: string;
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string | null;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            leads: {
                                /** Format: uuid */
                                id: string;
                                /** @description Null when hidden (need-to-know) */
                                personName: string | null;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                                phone: string | null;
                                /** @description Null when hidden; the district is always shown */
                                placeId: string | null;
                                placeName: string | null;
                                districtId: string;
                                districtName: string;
                                directions: string | null;
                                source: string | null;
                                /** @description The IZU enquiry asked for this lead, if any (see the case’s visit requests) */
                                visitTaskId: string | null;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                attempts: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    attemptedOn: string;
                                    attemptedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                                    /** @enum {string} */
                                    outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                                    note: string | null;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                            assessments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                part: "social" | "psychological";
                                /** Format: date */
                                assessedOn: string;
                                assessor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                social: string | null;
                                economic: string | null;
                                community: string | null;
                                emotional: string | null;
                                attachment: string | null;
                                behaviour: string | null;
                                familySafe: boolean;
                                recommendation: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reintegrations/{reintegrationId}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One assessor's part of the assessment of child and family */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reintegrationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description The assessor's own part: social (social worker) or psychological (psychologist)
                         * @enum {string}
                         */
                        part: "social" | "psychological";
                        /** Format: date */
                        assessedOn: string;
                        social?: string;
                        economic?: string;
                        community?: string;
                        emotional?: string;
                        attachment?: string;
                        behaviour?: string;
                        /** @description Is the family a safe place for the child to return to? */
                        familySafe: boolean;
                        recommendation: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "in_progress" | "completed" | "failed";
                            /** Format: date */
                            startedOn: string;
                            startedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            endedAt: string | null;
                            /** @description The next stage to do; null once the attempt has ended */
                            currentStage: ("tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure") | null;
                            failure: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** @enum {string} */
                                reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                                note: string | null;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            } | null;
                            familyFound: boolean;
                            /** @description The stages done, in order */
                            stages: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** Format: date */
                                completedOn: string;
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string | null;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            leads: {
                                /** Format: uuid */
                                id: string;
                                /** @description Null when hidden (need-to-know) */
                                personName: string | null;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                                phone: string | null;
                                /** @description Null when hidden; the district is always shown */
                                placeId: string | null;
                                placeName: string | null;
                                districtId: string;
                                districtName: string;
                                directions: string | null;
                                source: string | null;
                                /** @description The IZU enquiry asked for this lead, if any (see the case’s visit requests) */
                                visitTaskId: string | null;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                attempts: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    attemptedOn: string;
                                    attemptedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                                    /** @enum {string} */
                                    outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                                    note: string | null;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                            assessments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                part: "social" | "psychological";
                                /** Format: date */
                                assessedOn: string;
                                assessor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                social: string | null;
                                economic: string | null;
                                community: string | null;
                                emotional: string | null;
                                attachment: string | null;
                                behaviour: string | null;
                                familySafe: boolean;
                                recommendation: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a tracing lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reintegrationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The relative or person who may know the family */
                        personName: string;
                        /** @enum {string} */
                        relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                        phone?: string;
                        /** @description Where: a place of the Rwanda tree (a village, Umudugudu, where known) */
                        placeId: string;
                        directions?: string;
                        /** @description Where the lead came from (the child, a neighbour, a record) */
                        source?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "in_progress" | "completed" | "failed";
                            /** Format: date */
                            startedOn: string;
                            startedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            endedAt: string | null;
                            /** @description The next stage to do; null once the attempt has ended */
                            currentStage: ("tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure") | null;
                            failure: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** @enum {string} */
                                reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                                note: string | null;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            } | null;
                            familyFound: boolean;
                            /** @description The stages done, in order */
                            stages: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** Format: date */
                                completedOn: string;
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string | null;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            leads: {
                                /** Format: uuid */
                                id: string;
                                /** @description Null when hidden (need-to-know) */
                                personName: string | null;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                                phone: string | null;
                                /** @description Null when hidden; the district is always shown */
                                placeId: string | null;
                                placeName: string | null;
                                districtId: string;
                                districtName: string;
                                directions: string | null;
                                source: string | null;
                                /** @description The IZU enquiry asked for this lead, if any (see the case’s visit requests) */
                                visitTaskId: string | null;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                attempts: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    attemptedOn: string;
                                    attemptedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                                    /** @enum {string} */
                                    outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                                    note: string | null;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                            assessments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                part: "social" | "psychological";
                                /** Format: date */
                                assessedOn: string;
                                assessor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                social: string | null;
                                economic: string | null;
                                community: string | null;
                                emotional: string | null;
                                attachment: string | null;
                                behaviour: string | null;
                                familySafe: boolean;
                                recommendation: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads/{leadId}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an attempt to follow a lead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reintegrationId: string;
                    leadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description When (not in the future)
                         */
                        attemptedOn: string;
                        /**
                         * Format: uuid
                         * @description Who followed the lead (default: the signed-in user)
                         */
                        attemptedByUserId?: string;
                        /** @enum {string} */
                        method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                        /** @enum {string} */
                        outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "in_progress" | "completed" | "failed";
                            /** Format: date */
                            startedOn: string;
                            startedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            endedAt: string | null;
                            /** @description The next stage to do; null once the attempt has ended */
                            currentStage: ("tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure") | null;
                            failure: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** @enum {string} */
                                reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                                note: string | null;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            } | null;
                            familyFound: boolean;
                            /** @description The stages done, in order */
                            stages: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** Format: date */
                                completedOn: string;
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string | null;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            leads: {
                                /** Format: uuid */
                                id: string;
                                /** @description Null when hidden (need-to-know) */
                                personName: string | null;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                                phone: string | null;
                                /** @description Null when hidden; the district is always shown */
                                placeId: string | null;
                                placeName: string | null;
                                districtId: string;
                                districtName: string;
                                directions: string | null;
                                source: string | null;
                                /** @description The IZU enquiry asked for this lead, if any (see the case’s visit requests) */
                                visitTaskId: string | null;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                attempts: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    attemptedOn: string;
                                    attemptedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                                    /** @enum {string} */
                                    outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                                    note: string | null;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                            assessments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                part: "social" | "psychological";
                                /** Format: date */
                                assessedOn: string;
                                assessor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                social: string | null;
                                economic: string | null;
                                community: string | null;
                                emotional: string | null;
                                attachment: string | null;
                                behaviour: string | null;
                                familySafe: boolean;
                                recommendation: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads/{leadId}/izu-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the lead's village IZU to help trace the family */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reintegrationId: string;
                    leadId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description An active IZU of the lead's village (or of an area containing it)
                         */
                        izuUserId: string;
                        /**
                         * Format: date
                         * @description By this date (today or later)
                         */
                        dueDate: string;
                        /** @description What to ask; the IZU reads it, so write only what the enquiry needs */
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "in_progress" | "completed" | "failed";
                            /** Format: date */
                            startedOn: string;
                            startedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            endedAt: string | null;
                            /** @description The next stage to do; null once the attempt has ended */
                            currentStage: ("tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure") | null;
                            failure: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** @enum {string} */
                                reason: "family_not_found" | "family_not_safe" | "family_refuses" | "child_refuses" | "not_in_best_interests" | "placement_broke_down" | "other";
                                note: string | null;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                            } | null;
                            familyFound: boolean;
                            /** @description The stages done, in order */
                            stages: {
                                /** @enum {string} */
                                stage: "tracing" | "assessment" | "planning" | "first_contact" | "reunification" | "post_support" | "closure";
                                /** Format: date */
                                completedOn: string;
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string | null;
                                recordedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            leads: {
                                /** Format: uuid */
                                id: string;
                                /** @description Null when hidden (need-to-know) */
                                personName: string | null;
                                /** @enum {string} */
                                relationship: "mother" | "father" | "grandparent" | "aunt_uncle" | "sibling" | "other_relative" | "neighbour" | "community_leader" | "other";
                                phone: string | null;
                                /** @description Null when hidden; the district is always shown */
                                placeId: string | null;
                                placeName: string | null;
                                districtId: string;
                                districtName: string;
                                directions: string | null;
                                source: string | null;
                                /** @description The IZU enquiry asked for this lead, if any (see the case’s visit requests) */
                                visitTaskId: string | null;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                attempts: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date */
                                    attemptedOn: string;
                                    attemptedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    method: "home_visit" | "phone_call" | "izu_enquiry" | "local_leader" | "radio_announcement" | "other";
                                    /** @enum {string} */
                                    outcome: "family_found" | "family_moved" | "not_known_there" | "no_answer" | "family_refuses_contact" | "other";
                                    note: string | null;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                            assessments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                part: "social" | "psychological";
                                /** Format: date */
                                assessedOn: string;
                                assessor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                social: string | null;
                                economic: string | null;
                                community: string | null;
                                emotional: string | null;
                                attachment: string | null;
                                behaviour: string | null;
                                familySafe: boolean;
                                recommendation: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reintegrations/{reintegrationId}/leads/{leadId}/izus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The IZU who may be asked about a lead */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reintegrationId: string;
                    leadId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                jurisdictionId: string;
                                jurisdictionName: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transition-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A care leaver's transition plans, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                /** @enum {string} */
                                status: "open" | "closed";
                                housing: string;
                                work: string;
                                education: string;
                                /** @description Null when hidden (need-to-know) */
                                safeAdultName: string | null;
                                safeAdultPhone: string | null;
                                createdBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                updatedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                updatedAt: string;
                                closedOn: string | null;
                                closedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                closureNote: string | null;
                                support: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    area: "housing" | "work" | "education" | "safe_adult" | "other";
                                    /** Format: date */
                                    givenOn: string;
                                    givenBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    note: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a transition plan (housing, work, education, a safe adult) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Where the young person will live */
                        housing: string;
                        /** @description Work or livelihood */
                        work: string;
                        /** @description School, vocational training */
                        education: string;
                        /** @description A safe adult the young person can turn to */
                        safeAdultName: string;
                        safeAdultPhone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            housing: string;
                            work: string;
                            education: string;
                            /** @description Null when hidden (need-to-know) */
                            safeAdultName: string | null;
                            safeAdultPhone: string | null;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            closedOn: string | null;
                            closedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            closureNote: string | null;
                            support: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                area: "housing" | "work" | "education" | "safe_adult" | "other";
                                /** Format: date */
                                givenOn: string;
                                givenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transition-plans/{planId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change an open transition plan */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Where the young person will live */
                        housing: string;
                        /** @description Work or livelihood */
                        work: string;
                        /** @description School, vocational training */
                        education: string;
                        /** @description A safe adult the young person can turn to */
                        safeAdultName: string;
                        safeAdultPhone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            housing: string;
                            work: string;
                            education: string;
                            /** @description Null when hidden (need-to-know) */
                            safeAdultName: string | null;
                            safeAdultPhone: string | null;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            closedOn: string | null;
                            closedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            closureNote: string | null;
                            support: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                area: "housing" | "work" | "education" | "safe_adult" | "other";
                                /** Format: date */
                                givenOn: string;
                                givenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transition-plans/{planId}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record support given under the plan (also after 18) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        area: "housing" | "work" | "education" | "safe_adult" | "other";
                        /** Format: date */
                        givenOn: string;
                        /** @description What was done */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            housing: string;
                            work: string;
                            education: string;
                            /** @description Null when hidden (need-to-know) */
                            safeAdultName: string | null;
                            safeAdultPhone: string | null;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            closedOn: string | null;
                            closedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            closureNote: string | null;
                            support: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                area: "housing" | "work" | "education" | "safe_adult" | "other";
                                /** Format: date */
                                givenOn: string;
                                givenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/transition-plans/{planId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the plan: its goals are met */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    planId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        closedOn: string;
                        /** @description How the plan’s goals were met */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            /** @enum {string} */
                            status: "open" | "closed";
                            housing: string;
                            work: string;
                            education: string;
                            /** @description Null when hidden (need-to-know) */
                            safeAdultName: string | null;
                            safeAdultPhone: string | null;
                            createdBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            updatedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date-time */
                            updatedAt: string;
                            closedOn: string | null;
                            closedBy: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            } | null;
                            closureNote: string | null;
                            support: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                area: "housing" | "work" | "education" | "safe_adult" | "other";
                                /** Format: date */
                                givenOn: string;
                                givenBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                note: string;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care-leavers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Young people approaching 18 in care (an active placement), or supported after care under an open transition plan; soonest 18 first */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Soonest 18 first: in care (an active placement) or supported after care (an open transition plan) */
                            items: {
                                /** Format: uuid */
                                caseId: string;
                                caseCode: string;
                                childCode: string;
                                /** @description Null when hidden (need-to-know) */
                                childName: string | null;
                                /** Format: date */
                                dateOfBirth: string;
                                /** Format: date */
                                turns18On: string;
                                districtId: string;
                                /** @enum {string} */
                                planStatus: "none" | "open" | "closed";
                                /** @description An active placement now; false: supported after care under an open transition plan */
                                inCare: boolean;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/cases.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case list in the caller's scope as CSV, streamed (audited)
         * @description Every case the caller may read (a CPWO: the district's; an NGO caseworker: their own; a supervisor: their supervisees'), oldest first. Children's names and birth dates only for those who work the cases. Streamed in batches: memory stays flat whatever the size.
         */
        get: {
            parameters: {
                query?: {
                    stage?: "intake" | "assessment" | "planning" | "implementation" | "review" | "closed" | "transferred";
                    tier?: "1" | "2";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Providers, filtered by place covered, service type, kind and name */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    kind?: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                    serviceType?: string;
                    placeId?: string;
                    active?: "true" | "false";
                    reviewDue?: "true" | "false";
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 100 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                                placeId: string;
                                placeName: string;
                                active: boolean;
                                serviceTypes: string[];
                                qualityRating: number | null;
                                reviewDue: boolean;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Add a provider with its services */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                        placeId: string;
                        /** @default true */
                        active?: boolean;
                        description?: string | null;
                        email?: string | null;
                        website?: string | null;
                        quality?: {
                            rating: number;
                            /** Format: date */
                            reviewedOn: string;
                            note?: string | null;
                        } | null;
                        locations?: {
                            /** Format: uuid */
                            id?: string;
                            name: string;
                            placeId: string;
                            address?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                        }[];
                        phones?: {
                            /** Format: uuid */
                            id?: string;
                            number: string;
                            /**
                             * @default voice
                             * @enum {string}
                             */
                            type?: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                            description?: string | null;
                        }[];
                        services?: {
                            /** Format: uuid */
                            id?: string;
                            serviceType: string;
                            name: string;
                            description?: string | null;
                            email?: string | null;
                            minAge?: number | null;
                            maxAge?: number | null;
                            /** @default [] */
                            sexes?: ("female" | "male")[];
                            capacityAvailable?: number | null;
                            /** @default true */
                            active?: boolean;
                            areaPlaceIds: string[];
                            schedules?: {
                                /** Format: uuid */
                                id?: string;
                                byday: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[];
                                opensAt?: string | null;
                                closesAt?: string | null;
                                description?: string | null;
                            }[];
                            phones?: {
                                /** Format: uuid */
                                id?: string;
                                number: string;
                                /**
                                 * @default voice
                                 * @enum {string}
                                 */
                                type?: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                                description?: string | null;
                            }[];
                            /** @default [] */
                            locationIds?: string[];
                        }[];
                        /** @default [] */
                        focalPersonIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                            placeId: string;
                            placeName: string;
                            active: boolean;
                            description: string | null;
                            email: string | null;
                            website: string | null;
                            quality: {
                                rating: number | null;
                                reviewedOn: string | null;
                                note: string | null;
                                reviewDue: boolean;
                            };
                            manageable: boolean;
                            locations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                placeId: string;
                                placeName: string;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                            }[];
                            phones: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                type: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                                description: string | null;
                            }[];
                            services: {
                                /** Format: uuid */
                                id: string;
                                serviceType: string;
                                name: string;
                                description: string | null;
                                email: string | null;
                                minAge: number | null;
                                maxAge: number | null;
                                sexes: ("female" | "male")[];
                                capacityAvailable: number | null;
                                capacityUpdatedAt: string | null;
                                active: boolean;
                                areas: {
                                    placeId: string;
                                    placeName: string;
                                    level: number;
                                }[];
                                schedules: {
                                    /** Format: uuid */
                                    id: string;
                                    byday: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[];
                                    opensAt: string | null;
                                    closesAt: string | null;
                                    description: string | null;
                                }[];
                                phones: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                    /** @enum {string} */
                                    type: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                                    description: string | null;
                                }[];
                                locationIds: string[];
                            }[];
                            focalPersons: {
                                /** Format: uuid */
                                userId: string;
                                fullName: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                            placeId: string;
                            placeName: string;
                            active: boolean;
                            description: string | null;
                            email: string | null;
                            website: string | null;
                            quality: {
                                rating: number | null;
                                reviewedOn: string | null;
                                note: string | null;
                                reviewDue: boolean;
                            };
                            manageable: boolean;
                            locations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                placeId: string;
                                placeName: string;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                            }[];
                            phones: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                type: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                                description: string | null;
                            }[];
                            services: {
                                /** Format: uuid */
                                id: string;
                                serviceType: string;
                                name: string;
                                description: string | null;
                                email: string | null;
                                minAge: number | null;
                                maxAge: number | null;
                                sexes: ("female" | "male")[];
                                capacityAvailable: number | null;
                                capacityUpdatedAt: string | null;
                                active: boolean;
                                areas: {
                                    placeId: string;
                                    placeName: string;
                                    level: number;
                                }[];
                                schedules: {
                                    /** Format: uuid */
                                    id: string;
                                    byday: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[];
                                    opensAt: string | null;
                                    closesAt: string | null;
                                    description: string | null;
                                }[];
                                phones: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                    /** @enum {string} */
                                    type: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                                    description: string | null;
                                }[];
                                locationIds: string[];
                            }[];
                            focalPersons: {
                                /** Format: uuid */
                                userId: string;
                                fullName: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace a provider and its services (a service left out is kept inactive) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                        placeId: string;
                        /** @default true */
                        active?: boolean;
                        description?: string | null;
                        email?: string | null;
                        website?: string | null;
                        quality?: {
                            rating: number;
                            /** Format: date */
                            reviewedOn: string;
                            note?: string | null;
                        } | null;
                        locations?: {
                            /** Format: uuid */
                            id?: string;
                            name: string;
                            placeId: string;
                            address?: string | null;
                            latitude?: number | null;
                            longitude?: number | null;
                        }[];
                        phones?: {
                            /** Format: uuid */
                            id?: string;
                            number: string;
                            /**
                             * @default voice
                             * @enum {string}
                             */
                            type?: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                            description?: string | null;
                        }[];
                        services?: {
                            /** Format: uuid */
                            id?: string;
                            serviceType: string;
                            name: string;
                            description?: string | null;
                            email?: string | null;
                            minAge?: number | null;
                            maxAge?: number | null;
                            /** @default [] */
                            sexes?: ("female" | "male")[];
                            capacityAvailable?: number | null;
                            /** @default true */
                            active?: boolean;
                            areaPlaceIds: string[];
                            schedules?: {
                                /** Format: uuid */
                                id?: string;
                                byday: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[];
                                opensAt?: string | null;
                                closesAt?: string | null;
                                description?: string | null;
                            }[];
                            phones?: {
                                /** Format: uuid */
                                id?: string;
                                number: string;
                                /**
                                 * @default voice
                                 * @enum {string}
                                 */
                                type?: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                                description?: string | null;
                            }[];
                            /** @default [] */
                            locationIds?: string[];
                        }[];
                        /** @default [] */
                        focalPersonIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                            placeId: string;
                            placeName: string;
                            active: boolean;
                            description: string | null;
                            email: string | null;
                            website: string | null;
                            quality: {
                                rating: number | null;
                                reviewedOn: string | null;
                                note: string | null;
                                reviewDue: boolean;
                            };
                            manageable: boolean;
                            locations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                placeId: string;
                                placeName: string;
                                address: string | null;
                                latitude: number | null;
                                longitude: number | null;
                            }[];
                            phones: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                /** @enum {string} */
                                type: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                                description: string | null;
                            }[];
                            services: {
                                /** Format: uuid */
                                id: string;
                                serviceType: string;
                                name: string;
                                description: string | null;
                                email: string | null;
                                minAge: number | null;
                                maxAge: number | null;
                                sexes: ("female" | "male")[];
                                capacityAvailable: number | null;
                                capacityUpdatedAt: string | null;
                                active: boolean;
                                areas: {
                                    placeId: string;
                                    placeName: string;
                                    level: number;
                                }[];
                                schedules: {
                                    /** Format: uuid */
                                    id: string;
                                    byday: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[];
                                    opensAt: string | null;
                                    closesAt: string | null;
                                    description: string | null;
                                }[];
                                phones: {
                                    /** Format: uuid */
                                    id: string;
                                    number: string;
                                    /** @enum {string} */
                                    type: "voice" | "text" | "fax" | "cell" | "sms" | "hotline";
                                    description: string | null;
                                }[];
                                locationIds: string[];
                            }[];
                            focalPersons: {
                                /** Format: uuid */
                                userId: string;
                                fullName: string;
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/service-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                nameRw: string;
                                nameEn: string;
                                nameFr: string;
                                active: boolean;
                                sortOrder: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Add, rename or deactivate a service type */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        nameRw: string;
                        nameEn: string;
                        nameFr: string;
                        /** @default true */
                        active?: boolean;
                        /** @default 100 */
                        sortOrder?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                nameRw: string;
                                nameEn: string;
                                nameFr: string;
                                active: boolean;
                                sortOrder: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/referral-pathways": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referral pathways (framework Table 4) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseType: string;
                                serviceType: string;
                                agencyKind: string;
                                lead: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace one case type's pathway */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        caseType: "sexual_violence" | "physical_violence" | "emotional_violence" | "abandonment_neglect" | "child_labour_exploitation" | "street_connected" | "harmful_practices";
                        entries: {
                            serviceType: string;
                            /** @enum {string} */
                            agencyKind: "ncda" | "district_office" | "sector_office" | "rib" | "rnp" | "isange" | "health_facility" | "school" | "nrs" | "ncpd" | "labour_inspection" | "minema" | "ngo" | "community_group" | "faith_group" | "youth_group" | "government_agency" | "other";
                            lead: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseType: string;
                                serviceType: string;
                                agencyKind: string;
                                lead: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district's coverage gaps by sector and service type */
        get: {
            parameters: {
                query: {
                    districtId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            districtId: string;
                            districtName: string;
                            serviceTypes: {
                                code: string;
                                nameRw: string;
                                nameEn: string;
                                nameFr: string;
                                active: boolean;
                                sortOrder: number;
                            }[];
                            sectors: {
                                placeId: string;
                                name: string;
                                cells: {
                                    serviceType: string;
                                    /** @enum {string} */
                                    status: "covered" | "partial" | "no_capacity" | "gap";
                                    services: number;
                                    capacity: number | null;
                                }[];
                            }[];
                            gaps: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/export.zip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The directory (or one district) as Open Referral HSDS 3.0 CSV files in a ZIP */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/directory/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import HSDS 3.0 CSV files: all checked first, nothing written if a row fails */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        files?: {
                            [key: string]: string;
                        };
                        zipBase64?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organizations: number;
                            services: number;
                            locations: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/provider-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Providers for one of a case's needs: offering it, covering the child's village, fit for the child */
        get: {
            parameters: {
                query: {
                    serviceType: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                kind: string;
                                /** Format: uuid */
                                serviceId: string;
                                serviceName: string;
                                lead: boolean;
                                coveragePlaceId: string;
                                coverageLevel: number;
                                capacityAvailable: number | null;
                                full: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The indicators, each defined once (docs/indicators.md), and the file audit checklist */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                group: "framework" | "operational";
                                /** @enum {string} */
                                kind: "count" | "percent" | "mean";
                                title: string;
                                framework: string | null;
                                numerator: string;
                                denominator: string | null;
                                period: string;
                                rule: string | null;
                                source: string;
                                disaggregations: string[];
                                detail: string | null;
                                /** @enum {string} */
                                lowestLevel: "sector" | "district";
                            }[];
                            fileAuditChecklist: {
                                code: string;
                                text: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every indicator (or one) for a place and a period, by one disaggregation; aggregates only, small numbers hidden where the reader may not see identities */
        get: {
            parameters: {
                query: {
                    place?: string;
                    period: string;
                    by?: "place" | "month" | "sex" | "age_band" | "disability" | "refugee_status" | "case_type" | "relationship" | "tier" | "detail";
                    indicator?: "cases_enrolled" | "assessment_completed" | "case_plan_up_to_date" | "files_meeting_standards" | "referrals_made" | "referrals_completed" | "benchmark_progress" | "cases_resolved" | "clients_satisfied" | "wellbeing_improved" | "reports_received" | "reports_screened" | "overdue_work" | "hours_to_screening" | "hours_to_response" | "izu_reporting_completeness" | "service_coverage_gaps";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            place: {
                                id: string;
                                name: string;
                                level: number;
                            };
                            period: string;
                            by: ("place" | "month" | "sex" | "age_band" | "disability" | "refugee_status" | "case_type" | "relationship" | "tier" | "detail") | null;
                            /** @enum {string} */
                            view: "full" | "suppressed";
                            threshold: number;
                            suppressedLabel: string;
                            figures: {
                                id: string;
                                /** @enum {string} */
                                kind: "count" | "percent" | "mean";
                                title: string;
                                available: boolean;
                                numerator: number | null;
                                denominator: number | null;
                                value: number | null;
                                suppressed: boolean;
                                rows: {
                                    key: string;
                                    label: string | null;
                                    numerator: number | null;
                                    denominator: number | null;
                                    value: number | null;
                                    suppressed: boolean;
                                }[] | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/figures.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same table as CSV */
        get: {
            parameters: {
                query: {
                    place?: string;
                    period: string;
                    by?: "place" | "month" | "sex" | "age_band" | "disability" | "refugee_status" | "case_type" | "relationship" | "tier" | "detail";
                    indicator?: "cases_enrolled" | "assessment_completed" | "case_plan_up_to_date" | "files_meeting_standards" | "referrals_made" | "referrals_completed" | "benchmark_progress" | "cases_resolved" | "clients_satisfied" | "wellbeing_improved" | "reports_received" | "reports_screened" | "overdue_work" | "hours_to_screening" | "hours_to_response" | "izu_reporting_completeness" | "service_coverage_gaps";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/figures.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same table as an XLSX workbook */
        get: {
            parameters: {
                query: {
                    place?: string;
                    period: string;
                    by?: "place" | "month" | "sex" | "age_band" | "disability" | "refugee_status" | "case_type" | "relationship" | "tier" | "detail";
                    indicator?: "cases_enrolled" | "assessment_completed" | "case_plan_up_to_date" | "files_meeting_standards" | "referrals_made" | "referrals_completed" | "benchmark_progress" | "cases_resolved" | "clients_satisfied" | "wellbeing_improved" | "reports_received" | "reports_screened" | "overdue_work" | "hours_to_screening" | "hours_to_response" | "izu_reporting_completeness" | "service_coverage_gaps";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draw a reproducible random sample of a district's case files for a period (one audit per district and period) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        districtId: string;
                        period: string;
                        sampleSize: number;
                        seed?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            districtId: string;
                            period: string;
                            seed: string;
                            sampleSize: number;
                            drawnBy: string;
                            drawnAt: string;
                            items: {
                                position: number;
                                caseId: string;
                                caseCode: string;
                                checks: {
                                    [key: string]: "yes" | "no" | "na";
                                } | null;
                                meetsStandards: boolean | null;
                                score: number | null;
                                note: string | null;
                                scoredBy: string | null;
                                scoredAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A file audit: its sampled files (case codes) and their scores */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            districtId: string;
                            period: string;
                            seed: string;
                            sampleSize: number;
                            drawnBy: string;
                            drawnAt: string;
                            items: {
                                position: number;
                                caseId: string;
                                caseCode: string;
                                checks: {
                                    [key: string]: "yes" | "no" | "na";
                                } | null;
                                meetsStandards: boolean | null;
                                score: number | null;
                                note: string | null;
                                scoredBy: string | null;
                                scoredAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/file-audits/{id}/files/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Score a sampled file against the checklist of the national standards */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checks: {
                            /** @enum {string} */
                            labelled_by_child_id: "yes" | "no" | "na";
                            /** @enum {string} */
                            screening_and_tier: "yes" | "no" | "na";
                            /** @enum {string} */
                            consent_recorded: "yes" | "no" | "na";
                            /** @enum {string} */
                            lead_caseworker: "yes" | "no" | "na";
                            /** @enum {string} */
                            assessment_complete: "yes" | "no" | "na";
                            /** @enum {string} */
                            case_plan_measurable: "yes" | "no" | "na";
                            /** @enum {string} */
                            referrals_with_feedback: "yes" | "no" | "na";
                            /** @enum {string} */
                            monitoring_recorded: "yes" | "no" | "na";
                            /** @enum {string} */
                            review_benchmarks: "yes" | "no" | "na";
                            /** @enum {string} */
                            deadlines_met: "yes" | "no" | "na";
                            /** @enum {string} */
                            closure_justified: "yes" | "no" | "na";
                            /** @enum {string} */
                            confidentiality: "yes" | "no" | "na";
                        };
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            districtId: string;
                            period: string;
                            seed: string;
                            sampleSize: number;
                            drawnBy: string;
                            drawnAt: string;
                            items: {
                                position: number;
                                caseId: string;
                                caseCode: string;
                                checks: {
                                    [key: string]: "yes" | "no" | "na";
                                } | null;
                                meetsStandards: boolean | null;
                                score: number | null;
                                note: string | null;
                                scoredBy: string | null;
                                scoredAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district's monthly report as PDF, in the reader's language: the framework's indicators and charts; small numbers hidden as the figures are (audited) */
        get: {
            parameters: {
                query: {
                    place: string;
                    month: string;
                    lang?: "rw" | "en" | "fr";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dhis2/mapping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rinda's indicators, disaggregations and places as DHIS2 data elements, category option combos and organisation units */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataSet: string | null;
                            elements: {
                                indicator: string;
                                disaggregation: string | null;
                                key: string | null;
                                /** @enum {string} */
                                part: "numerator" | "denominator" | "value";
                                dataElement: string;
                                categoryOptionCombo: string;
                            }[];
                            orgUnits: {
                                place: string;
                                orgUnit: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace the whole mapping (an administrator); every uid is checked, two figures never share a DHIS2 cell */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dataSet: string;
                        elements: {
                            /** @enum {string} */
                            indicator: "cases_enrolled" | "assessment_completed" | "case_plan_up_to_date" | "files_meeting_standards" | "referrals_made" | "referrals_completed" | "benchmark_progress" | "cases_resolved" | "clients_satisfied" | "wellbeing_improved" | "reports_received" | "reports_screened" | "overdue_work" | "hours_to_screening" | "hours_to_response" | "izu_reporting_completeness" | "service_coverage_gaps";
                            disaggregation?: ("sex" | "age_band" | "disability" | "refugee_status" | "case_type" | "relationship" | "tier" | "detail") | null;
                            key?: string | null;
                            /**
                             * @default numerator
                             * @enum {string}
                             */
                            part?: "numerator" | "denominator" | "value";
                            dataElement: string;
                            categoryOptionCombo: string;
                        }[];
                        orgUnits: {
                            place: string;
                            orgUnit: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataSet: string | null;
                            elements: {
                                indicator: string;
                                disaggregation: string | null;
                                key: string | null;
                                /** @enum {string} */
                                part: "numerator" | "denominator" | "value";
                                dataElement: string;
                                categoryOptionCombo: string;
                            }[];
                            orgUnits: {
                                place: string;
                                orgUnit: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dhis2/data-value-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A district's or sector's month as a DHIS2 dataValueSets payload (true counts), and what the mapping left out */
        get: {
            parameters: {
                query: {
                    place: string;
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dataValueSet: {
                                dataSet: string;
                                period: string;
                                orgUnit: string;
                                dataValues: {
                                    dataElement: string;
                                    categoryOptionCombo: string;
                                    value: string;
                                }[];
                            } | null;
                            leftOut: {
                                place: string | null;
                                indicators: string[];
                                values: {
                                    dataElement: string;
                                    categoryOptionCombo: string;
                                    indicator: string;
                                    reason: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dhis2/adx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same month as ADX XML (urn:ihe:qrph:adx:2015); what was left out is in the x-rinda-left-out header (JSON) */
        get: {
            parameters: {
                query: {
                    place: string;
                    period: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/adx+xml": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/adx+xml": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dhis2/pushes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Past pushes, newest first: what was sent and the import summary DHIS2 answered */
        get: {
            parameters: {
                query?: {
                    place?: string;
                    period?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                place: string;
                                period: string;
                                payload: {
                                    dataSet: string;
                                    period: string;
                                    orgUnit: string;
                                    dataValues: {
                                        dataElement: string;
                                        categoryOptionCombo: string;
                                        value: string;
                                    }[];
                                };
                                attempts: number;
                                httpStatus: number | null;
                                status: string;
                                importCount: {
                                    imported: number;
                                    updated: number;
                                    ignored: number;
                                    deleted: number;
                                } | null;
                                conflicts: {
                                    object: string;
                                    value: string;
                                }[];
                                error: string | null;
                                pushedBy: string;
                                pushedAt: string;
                                leftOut?: {
                                    place: string | null;
                                    indicators: string[];
                                    values: {
                                        dataElement: string;
                                        categoryOptionCombo: string;
                                        indicator: string;
                                        reason: string;
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Push a district's or sector's month to the configured DHIS2, with retries; the push is kept whatever DHIS2 answered */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        place: string;
                        period: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            place: string;
                            period: string;
                            payload: {
                                dataSet: string;
                                period: string;
                                orgUnit: string;
                                dataValues: {
                                    dataElement: string;
                                    categoryOptionCombo: string;
                                    value: string;
                                }[];
                            };
                            attempts: number;
                            httpStatus: number | null;
                            status: string;
                            importCount: {
                                imported: number;
                                updated: number;
                                ignored: number;
                                deleted: number;
                            } | null;
                            conflicts: {
                                object: string;
                                value: string;
                            }[];
                            error: string | null;
                            pushedBy: string;
                            pushedAt: string;
                            leftOut?: {
                                place: string | null;
                                indicators: string[];
                                values: {
                                    dataElement: string;
                                    categoryOptionCombo: string;
                                    indicator: string;
                                    reason: string;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateways/rapidpro/external": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RapidPro External channel: a volunteer's SMS (form from, text, date, id) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The sender's number (E.164, or tel:+250…) */
                        from: string;
                        text: string;
                        /** @description When the phone sent it, as the gateway reports it (ISO 8601 or "yyyy-MM-dd HH:mm:ss", UTC) */
                        date?: string;
                        /** @description RapidPro's id of the message: a delivery repeated with the same id is kept once */
                        id: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            /** @description true: this gateway id was already stored (this delivery is a repeat and is not stored again) */
                            duplicate: boolean;
                            /** @description Rinda's id of the stored message */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateways/rapidpro/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RapidPro flow webhook: a volunteer's answers (JSON contact, flow, results), read as the SMS they stand for */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        id?: string;
                        contact: {
                            uuid: string;
                            name?: string | null;
                            /** @description The contact's address, e.g. "tel:+250788123456" */
                            urn: string;
                        };
                        flow: {
                            uuid: string;
                            name: string;
                        };
                        results: {
                            [key: string]: {
                                value?: string | number | boolean | null;
                                category?: string | null;
                            };
                        };
                        run?: {
                            uuid: string;
                            created_on?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            /** @description true: this gateway id was already stored (this delivery is a repeat and is not stored again) */
                            duplicate: boolean;
                            /** @description Rinda's id of the stored message */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateways/africastalking/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Africa's Talking SMS callback: a volunteer's SMS (form from, to, text, date, id, linkId) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        from: string;
                        to?: string;
                        text: string;
                        /** @description When the phone sent it, as the gateway reports it (ISO 8601 or "yyyy-MM-dd HH:mm:ss", UTC) */
                        date?: string;
                        /** @description Africa's Talking's id of the message: a delivery repeated with the same id is kept once */
                        id: string;
                        linkId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            /** @description true: this gateway id was already stored (this delivery is a repeat and is not stored again) */
                            duplicate: boolean;
                            /** @description Rinda's id of the stored message */
                            id: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gateways/ussd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** USSD menu (Africa's Talking style): the monthly report and flags; answers 'CON …' to go on or 'END …' to finish */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The aggregator's id of the session */
                        sessionId: string;
                        /** @description The code dialled, e.g. *384*123# */
                        serviceCode?: string;
                        /** @description The caller's number, e.g. +250788123456 */
                        phoneNumber: string;
                        networkCode?: string;
                        /**
                         * @description The session's answers so far, joined by '*'
                         * @default
                         */
                        text?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/workforce-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Caseload weights and thresholds, and the default supervision schedule (administrators) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tierWeights: {
                                tier1: number;
                                tier2: number;
                            };
                            caseloadThreshold: number;
                            superviseesPerSupervisor: number;
                            supervisionIntervalDays: number;
                            firstYearSupervisionIntervalDays: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Replace the workforce policy (administrators) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tierWeights: {
                            tier1: number;
                            tier2: number;
                        };
                        caseloadThreshold: number;
                        superviseesPerSupervisor: number;
                        supervisionIntervalDays: number;
                        firstYearSupervisionIntervalDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tierWeights: {
                                tier1: number;
                                tier2: number;
                            };
                            caseloadThreshold: number;
                            superviseesPerSupervisor: number;
                            supervisionIntervalDays: number;
                            firstYearSupervisionIntervalDays: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/supervision/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The district's supervision schedule (a district CPWO their own; an administrator names the district) */
        get: {
            parameters: {
                query?: {
                    /** @description A district (Akarere); a district CPWO's own by default */
                    districtId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            intervalDays: number;
                            firstYearIntervalDays: number;
                            districtId: string;
                            setByDistrict: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Set the district's supervision schedule; new session deadlines follow it */
        put: {
            parameters: {
                query?: {
                    /** @description A district (Akarere); a district CPWO's own by default */
                    districtId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        intervalDays: number;
                        firstYearIntervalDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            intervalDays: number;
                            firstYearIntervalDays: number;
                            districtId: string;
                            setByDistrict: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/supervision/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The supervisor's board: each supervisee's open cases and what needs attention */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            supervisees: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                                openCases: number;
                                tier1: number;
                                tier2: number;
                                weighted: number;
                                overThreshold: boolean;
                                /** @description Open deadlines past due on their cases */
                                overdueWork: number;
                                noBenchmarkProgress: number;
                                reviewsNear: number;
                                reviewsPast: number;
                                lastSupervisedOn: string | null;
                                nextSessionDueAt: string | null;
                                sessionOverdue: boolean;
                                /** @description Actions agreed in their sessions, past due and not done */
                                overdueActions: number;
                                cases: {
                                    /** Format: uuid */
                                    id: string;
                                    caseCode: string;
                                    tier: number;
                                    stage: string;
                                    overdueDeadlines: number;
                                    /** @description The open case review deadline */
                                    reviewDueAt: string | null;
                                    /**
                                     * @description near: due within 14 days
                                     * @enum {string}
                                     */
                                    reviewState: "none" | "ok" | "near" | "past";
                                    /** @description The last review met no more benchmarks than the one before it */
                                    noBenchmarkProgress: boolean;
                                }[];
                            }[];
                            caseloadThreshold: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/supervision/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supervision sessions: a supervisor's with their supervisees; a caseworker's own */
        get: {
            parameters: {
                query?: {
                    /** @description One supervisee’s sessions (a supervisor); a caseworker always reads their own */
                    caseworkerId?: string;
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 100 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                supervisor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                caseworker: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date */
                                heldOn: string;
                                themes: ("accountability" | "quality" | "reflective_practice" | "wellbeing" | "skills")[];
                                /** Format: date-time */
                                recordedAt: string;
                                acknowledgedAt: string | null;
                                acknowledgementNote: string | null;
                                caseCount: number;
                                actionCount: number;
                                /** @description Actions not yet done */
                                openActionCount: number;
                                /** @description Actions past their due date and not done */
                                overdueActionCount: number;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a supervision session held with a supervisee (supervisor); it meets the session due and schedules the next */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The supervisee (a caseworker whose supervisor is the caller)
                         */
                        caseworkerId: string;
                        /** Format: date */
                        heldOn: string;
                        themes: ("accountability" | "quality" | "reflective_practice" | "wellbeing" | "skills")[];
                        /**
                         * @description The cases discussed: cases the supervisor may read, led by the supervisee
                         * @default []
                         */
                        caseIds?: string[];
                        notes?: string;
                        /** @default [] */
                        actions?: {
                            description: string;
                            /** Format: date */
                            dueOn: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            caseworker: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date */
                            heldOn: string;
                            themes: ("accountability" | "quality" | "reflective_practice" | "wellbeing" | "skills")[];
                            notes: string | null;
                            /** @description The cases discussed that the caller may read */
                            cases: {
                                /** Format: uuid */
                                id: string;
                                caseCode: string;
                            }[];
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                /** Format: date */
                                dueOn: string;
                                doneOn: string | null;
                                /** @description Who marked it done: the supervisee or the supervisor */
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                /** @description Past its due date and not done */
                                overdue: boolean;
                            }[];
                            /** Format: date-time */
                            recordedAt: string;
                            acknowledgedAt: string | null;
                            acknowledgementNote: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/supervision/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One supervision session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            caseworker: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date */
                            heldOn: string;
                            themes: ("accountability" | "quality" | "reflective_practice" | "wellbeing" | "skills")[];
                            notes: string | null;
                            /** @description The cases discussed that the caller may read */
                            cases: {
                                /** Format: uuid */
                                id: string;
                                caseCode: string;
                            }[];
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                /** Format: date */
                                dueOn: string;
                                doneOn: string | null;
                                /** @description Who marked it done: the supervisee or the supervisor */
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                /** @description Past its due date and not done */
                                overdue: boolean;
                            }[];
                            /** Format: date-time */
                            recordedAt: string;
                            acknowledgedAt: string | null;
                            acknowledgementNote: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/supervision/sessions/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caseworker acknowledges a session held with them */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            caseworker: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date */
                            heldOn: string;
                            themes: ("accountability" | "quality" | "reflective_practice" | "wellbeing" | "skills")[];
                            notes: string | null;
                            /** @description The cases discussed that the caller may read */
                            cases: {
                                /** Format: uuid */
                                id: string;
                                caseCode: string;
                            }[];
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                /** Format: date */
                                dueOn: string;
                                doneOn: string | null;
                                /** @description Who marked it done: the supervisee or the supervisor */
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                /** @description Past its due date and not done */
                                overdue: boolean;
                            }[];
                            /** Format: date-time */
                            recordedAt: string;
                            acknowledgedAt: string | null;
                            acknowledgementNote: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/supervision/sessions/{id}/actions/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an agreed action of the session done (the supervisee or the supervisor); it stops counting as overdue */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description One of the session's agreed actions
                         */
                        actionId: string;
                        /**
                         * Format: date
                         * @description The day it was done (default today, Africa/Kigali); not before the session, not in the future
                         */
                        doneOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            supervisor: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            caseworker: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                            };
                            /** Format: date */
                            heldOn: string;
                            themes: ("accountability" | "quality" | "reflective_practice" | "wellbeing" | "skills")[];
                            notes: string | null;
                            /** @description The cases discussed that the caller may read */
                            cases: {
                                /** Format: uuid */
                                id: string;
                                caseCode: string;
                            }[];
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                /** Format: date */
                                dueOn: string;
                                doneOn: string | null;
                                /** @description Who marked it done: the supervisee or the supervisor */
                                doneBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                /** @description Past its due date and not done */
                                overdue: boolean;
                            }[];
                            /** Format: date-time */
                            recordedAt: string;
                            acknowledgedAt: string | null;
                            acknowledgementNote: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caseload board: open cases per caseworker weighted by tier, caseworkers per supervisor, against the thresholds */
        get: {
            parameters: {
                query?: {
                    /** @description One district (Akarere) within the caller’s jurisdiction; all of it by default */
                    districtId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thresholds: {
                                tierWeights: {
                                    tier1: number;
                                    tier2: number;
                                };
                                caseloadThreshold: number;
                                superviseesPerSupervisor: number;
                            };
                            caseworkers: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                                districtId: string;
                                organisationName: string | null;
                                supervisor: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                tier1: number;
                                tier2: number;
                                openCases: number;
                                /** @description Open cases weighted by tier (the policy’s tierWeights) */
                                weighted: number;
                                overThreshold: boolean;
                            }[];
                            supervisors: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                supervisees: number;
                                overThreshold: boolean;
                            }[];
                            totals: {
                                caseworkers: number;
                                overThreshold: number;
                                openCases: number;
                                weighted: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/planning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per district: caseworkers, supervisors and IZU in post against the caseload and thresholds */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            thresholds: {
                                tierWeights: {
                                    tier1: number;
                                    tier2: number;
                                };
                                caseloadThreshold: number;
                                superviseesPerSupervisor: number;
                            };
                            districts: {
                                districtId: string;
                                name: string;
                                caseworkers: number;
                                /** @description In post without the national case management training: may not lead a case yet */
                                untrainedCaseworkers: number;
                                supervisors: number;
                                izu: number;
                                tier1: number;
                                tier2: number;
                                weighted: number;
                                casesPerCaseworker: number | null;
                                caseworkersPerSupervisor: number | null;
                                /** @description Caseworkers the weighted caseload calls for at the threshold */
                                caseworkersNeeded: number;
                                /** @description Supervisors the caseworkers in post call for at the ratio */
                                supervisorsNeeded: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/trainings/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The training register of the caller's jurisdiction */
        get: {
            parameters: {
                query?: {
                    role?: "cpwo" | "cso_caseworker" | "supervisor" | "izu" | "izu_cell_coordinator" | "izu_sector_coordinator" | "local_leader";
                    /** @description Only people who have this training */
                    trainingCode?: string;
                    /** @description true: only caseworkers who still need the national training */
                    needsNational?: "true" | "false";
                    /** @description A name or username */
                    q?: string;
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trainings: {
                                code: string;
                                /** @enum {string} */
                                audience: "caseworker" | "supervisor" | "izu" | "local_leader";
                                /** @description The national case management training: needed before leading a case */
                                gatesLeadCaseworker: boolean;
                                refresherMonths: number | null;
                            }[];
                            items: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                                jurisdictionId: string;
                                /** @description A caseworker (CPWO or CSO caseworker) without the national training: may not lead a case yet */
                                needsNationalTraining: boolean;
                                records: {
                                    /** Format: uuid */
                                    id: string;
                                    trainingCode: string;
                                    /** Format: date */
                                    completedOn: string;
                                    provider: string | null;
                                    certificateRef: string | null;
                                    expiresOn: string | null;
                                    expired: boolean;
                                }[];
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                            counts: {
                                byTraining: {
                                    [key: string]: number;
                                };
                                needsNationalTraining: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/trainings/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own training record */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            trainings: {
                                code: string;
                                /** @enum {string} */
                                audience: "caseworker" | "supervisor" | "izu" | "local_leader";
                                /** @description The national case management training: needed before leading a case */
                                gatesLeadCaseworker: boolean;
                                refresherMonths: number | null;
                            }[];
                            person: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                                jurisdictionId: string;
                                /** @description A caseworker (CPWO or CSO caseworker) without the national training: may not lead a case yet */
                                needsNationalTraining: boolean;
                                records: {
                                    /** Format: uuid */
                                    id: string;
                                    trainingCode: string;
                                    /** Format: date */
                                    completedOn: string;
                                    provider: string | null;
                                    certificateRef: string | null;
                                    expiresOn: string | null;
                                    expired: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/trainings/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a training a person completed (the national one lets them lead cases) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        userId: string;
                        trainingCode: string;
                        /** Format: date */
                        completedOn: string;
                        provider?: string;
                        certificateRef?: string;
                        /**
                         * Format: date
                         * @description Defaults to completedOn plus the training’s refresher period, where it has one
                         */
                        expiresOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            fullName: string;
                            role: string;
                            jurisdictionId: string;
                            /** @description A caseworker (CPWO or CSO caseworker) without the national training: may not lead a case yet */
                            needsNationalTraining: boolean;
                            records: {
                                /** Format: uuid */
                                id: string;
                                trainingCode: string;
                                /** Format: date */
                                completedOn: string;
                                provider: string | null;
                                certificateRef: string | null;
                                expiresOn: string | null;
                                expired: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workforce/trainings/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import an attendance list (CSV or XLSX): every row checked, nothing written unless all are good */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        /** @description The CSV text, or the XLSX file in base64 */
                        content: string;
                        fileName?: string;
                        /**
                         * @description true (the default): check and preview only, write nothing
                         * @default true
                         */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            ok: boolean;
                            rows: number;
                            created: number;
                            alreadyRecorded: number;
                            ignoredColumns: string[];
                            errors: {
                                row: number;
                                /** @description The column: district, sector, cell, village, name, sex, phone, status, selected_on, trainings */
                                field: string;
                                messageKey: string;
                                message: string;
                                params?: {
                                    [key: string]: string | number;
                                };
                                /** @description For an unknown or ambiguous place: the places it may mean */
                                candidates?: {
                                    id: string;
                                    /** @description Province › District › Sector › Cell › Village */
                                    path: string;
                                }[];
                            }[];
                            preview: {
                                row: number;
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                trainingCode: string | null;
                                completedOn: string | null;
                                provider: string | null;
                                certificateRef: string | null;
                                expiresOn: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/subjects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A child’s file and its household, to record a request against */
        get: {
            parameters: {
                query: {
                    childCode: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            childId: string;
                            childCode: string;
                            childName: string;
                            districtId: string;
                            restricted: boolean;
                            household: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                relationship: string;
                                isCaregiver: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The requests register */
        get: {
            parameters: {
                query?: {
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                    status?: "open" | "granted" | "refused" | "executed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                districtId: string;
                                childCode: string;
                                /** @enum {string} */
                                right: "access" | "rectification" | "objection" | "restriction" | "erasure";
                                requesterName: string;
                                /** @enum {string} */
                                status: "open" | "granted" | "refused" | "executed";
                                /** Format: date-time */
                                receivedAt: string;
                                /** Format: date-time */
                                dueAt: string;
                                overdue: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Record a request (access, rectification, objection, restriction, erasure) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The child whose file the request concerns
                         */
                        childId: string;
                        /**
                         * Format: uuid
                         * @description The household member (e.g. a caregiver) whose own data it concerns; absent: the child’s
                         */
                        householdMemberId?: string;
                        /** @enum {string} */
                        right: "access" | "rectification" | "objection" | "restriction" | "erasure";
                        /** @description Who asked */
                        requesterName: string;
                        /**
                         * @description On whose behalf: themselves, or as the subject’s parent, caregiver or representative
                         * @enum {string}
                         */
                        requesterRelationship: "self" | "parent_or_caregiver" | "legal_representative" | "other";
                        /** @description The identity check done (e.g. national ID seen, number) */
                        identityCheck: string;
                        details?: string;
                        /** @description Rectification only: the corrections asked for */
                        changes?: {
                            /** @enum {string} */
                            field: "givenName" | "familyName" | "otherNames" | "dateOfBirth" | "sex" | "fullName" | "relationship" | "phone" | "ageYears";
                            value: string | null;
                        }[];
                        /**
                         * Format: date-time
                         * @description When the request was received (default: now)
                         */
                        receivedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            districtId: string;
                            /** Format: uuid */
                            childId: string;
                            childCode: string;
                            subject: {
                                /** @enum {string} */
                                kind: "child" | "household_member";
                                householdMemberId: string | null;
                                /** @description The person the request is about */
                                name: string;
                                relationship: string | null;
                            };
                            /** @enum {string} */
                            right: "access" | "rectification" | "objection" | "restriction" | "erasure";
                            requesterName: string;
                            /** @enum {string} */
                            requesterRelationship: "self" | "parent_or_caregiver" | "legal_representative" | "other";
                            identityCheck: string;
                            details: string | null;
                            changes: {
                                /** @enum {string} */
                                field: "givenName" | "familyName" | "otherNames" | "dateOfBirth" | "sex" | "fullName" | "relationship" | "phone" | "ageYears";
                                value: string | null;
                            }[] | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            overdue: boolean;
                            /** @enum {string} */
                            status: "open" | "granted" | "refused" | "executed";
                            recordedBy: string;
                            decisionReason: string | null;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            executedAt: string | null;
                            executedBy: string | null;
                            execution: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Erasure: why the record must be kept, if it must */
                            erasureBlock: ("open_case" | "vena_case_record") | null;
                            subjectRestricted: boolean;
                            history: {
                                field: string;
                                oldValue: string | null;
                                newValue: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One request, its decision, execution and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            districtId: string;
                            /** Format: uuid */
                            childId: string;
                            childCode: string;
                            subject: {
                                /** @enum {string} */
                                kind: "child" | "household_member";
                                householdMemberId: string | null;
                                /** @description The person the request is about */
                                name: string;
                                relationship: string | null;
                            };
                            /** @enum {string} */
                            right: "access" | "rectification" | "objection" | "restriction" | "erasure";
                            requesterName: string;
                            /** @enum {string} */
                            requesterRelationship: "self" | "parent_or_caregiver" | "legal_representative" | "other";
                            identityCheck: string;
                            details: string | null;
                            changes: {
                                /** @enum {string} */
                                field: "givenName" | "familyName" | "otherNames" | "dateOfBirth" | "sex" | "fullName" | "relationship" | "phone" | "ageYears";
                                value: string | null;
                            }[] | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            overdue: boolean;
                            /** @enum {string} */
                            status: "open" | "granted" | "refused" | "executed";
                            recordedBy: string;
                            decisionReason: string | null;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            executedAt: string | null;
                            executedBy: string | null;
                            execution: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Erasure: why the record must be kept, if it must */
                            erasureBlock: ("open_case" | "vena_case_record") | null;
                            subjectRestricted: boolean;
                            history: {
                                field: string;
                                oldValue: string | null;
                                newValue: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant or refuse a request, with its legal reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "granted" | "refused";
                        /** @description The decision’s legal reason (article of Law 058/2021, record that must be kept…) */
                        legalReason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            districtId: string;
                            /** Format: uuid */
                            childId: string;
                            childCode: string;
                            subject: {
                                /** @enum {string} */
                                kind: "child" | "household_member";
                                householdMemberId: string | null;
                                /** @description The person the request is about */
                                name: string;
                                relationship: string | null;
                            };
                            /** @enum {string} */
                            right: "access" | "rectification" | "objection" | "restriction" | "erasure";
                            requesterName: string;
                            /** @enum {string} */
                            requesterRelationship: "self" | "parent_or_caregiver" | "legal_representative" | "other";
                            identityCheck: string;
                            details: string | null;
                            changes: {
                                /** @enum {string} */
                                field: "givenName" | "familyName" | "otherNames" | "dateOfBirth" | "sex" | "fullName" | "relationship" | "phone" | "ageYears";
                                value: string | null;
                            }[] | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            overdue: boolean;
                            /** @enum {string} */
                            status: "open" | "granted" | "refused" | "executed";
                            recordedBy: string;
                            decisionReason: string | null;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            executedAt: string | null;
                            executedBy: string | null;
                            execution: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Erasure: why the record must be kept, if it must */
                            erasureBlock: ("open_case" | "vena_case_record") | null;
                            subjectRestricted: boolean;
                            history: {
                                field: string;
                                oldValue: string | null;
                                newValue: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/requests/{id}/execution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Execute a granted request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            districtId: string;
                            /** Format: uuid */
                            childId: string;
                            childCode: string;
                            subject: {
                                /** @enum {string} */
                                kind: "child" | "household_member";
                                householdMemberId: string | null;
                                /** @description The person the request is about */
                                name: string;
                                relationship: string | null;
                            };
                            /** @enum {string} */
                            right: "access" | "rectification" | "objection" | "restriction" | "erasure";
                            requesterName: string;
                            /** @enum {string} */
                            requesterRelationship: "self" | "parent_or_caregiver" | "legal_representative" | "other";
                            identityCheck: string;
                            details: string | null;
                            changes: {
                                /** @enum {string} */
                                field: "givenName" | "familyName" | "otherNames" | "dateOfBirth" | "sex" | "fullName" | "relationship" | "phone" | "ageYears";
                                value: string | null;
                            }[] | null;
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            overdue: boolean;
                            /** @enum {string} */
                            status: "open" | "granted" | "refused" | "executed";
                            recordedBy: string;
                            decisionReason: string | null;
                            decidedAt: string | null;
                            decidedBy: string | null;
                            executedAt: string | null;
                            executedBy: string | null;
                            execution: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Erasure: why the record must be kept, if it must */
                            erasureBlock: ("open_case" | "vena_case_record") | null;
                            subjectRestricted: boolean;
                            history: {
                                field: string;
                                oldValue: string | null;
                                newValue: string | null;
                                /** Format: date-time */
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/requests/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person’s own file (access request), machine-readable */
        get: {
            parameters: {
                query?: {
                    /** @description 'child': the child’s own copy, shorter and in plain language */
                    version?: "full" | "child";
                    language?: "rw" | "en" | "fr";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requestReference: string;
                            /** Format: date-time */
                            producedAt: string;
                            /** @enum {string} */
                            version: "full" | "child";
                            language: string;
                            subject: {
                                [key: string]: unknown;
                            };
                            records: {
                                [key: string]: {
                                    [key: string]: unknown;
                                }[];
                            };
                            plainLanguage: {
                                heading: string;
                                lines: string[];
                            }[] | null;
                            withheld: {
                                what: string;
                                /** @enum {string} */
                                reason: "other_person" | "reporter_protected" | "endangers_child";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/requests/{id}/file.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person’s own file (access request) as a readable PDF */
        get: {
            parameters: {
                query?: {
                    /** @description 'child': the child’s own copy, shorter and in plain language */
                    version?: "full" | "child";
                    language?: "rw" | "en" | "fr";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/emergency-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Break the glass: open a case outside one’s scope, with a written reason, for a limited time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why the case must be opened now, outside one’s scope (written, reviewed later) */
                        reason: string;
                        /**
                         * @description 'read': read the file; 'act_to_protect': also record what is done to protect the child (caseworkers only)
                         * @enum {string}
                         */
                        purpose: "read" | "act_to_protect";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            allowsWork: boolean;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/emergency-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review list of emergency accesses */
        get: {
            parameters: {
                query?: {
                    open?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseCode: string;
                                districtId: string;
                                user: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                    role: string;
                                };
                                reason: string;
                                /** @enum {string} */
                                purpose: "read" | "act_to_protect";
                                allowsWork: boolean;
                                /** Format: date-time */
                                openedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** @description Audited reads and changes of the case by the user during the access */
                                actions: number;
                                finding: string | null;
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-protection/emergency-access/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an emergency access with a finding */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The officer’s finding: justified, or what follows */
                        finding: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            caseCode: string;
                            districtId: string;
                            user: {
                                /** Format: uuid */
                                id: string;
                                fullName: string;
                                role: string;
                            };
                            reason: string;
                            /** @enum {string} */
                            purpose: "read" | "act_to_protect";
                            allowsWork: boolean;
                            /** Format: date-time */
                            openedAt: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** @description Audited reads and changes of the case by the user during the access */
                            actions: number;
                            finding: string | null;
                            reviewedAt: string | null;
                            reviewedBy: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breach/child-reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who saw this child
         * @description Every read and change of the child's records (the child, their cases, reports, referrals, visit tasks) and every list that showed one: by whom, when, from which address, which field groups. Give the child or one of their cases. The question is itself audited.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The child */
                    childId?: string;
                    /** @description Or one of their cases (the answer covers the child and all their records) */
                    caseId?: string;
                    /** @description Entries at or after this time */
                    from?: string;
                    /** @description Entries at or before this time */
                    to?: string;
                    /** @description Page: entries older than this seq (nextBefore of the previous page) */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            child: {
                                id: string;
                                childCode: string;
                            };
                            /** @description How many of the child's records the answer covers (the child, cases, reports, referrals, visit tasks) */
                            records: number;
                            /** @description Everyone who read or changed the records in the period, with how often and when last */
                            readers: {
                                actor: {
                                    id: string;
                                    username: string;
                                    fullName: string;
                                } | null;
                                actorRole: string | null;
                                entries: number;
                                /** Format: date-time */
                                last: string;
                            }[];
                            items: {
                                seq: number;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    id: string;
                                    username: string;
                                    fullName: string;
                                } | null;
                                actorRole: string | null;
                                ip: string | null;
                                action: string;
                                entityType: string | null;
                                entityId: string | null;
                                /** @description The child the record belongs to, when it is one record of a child */
                                childId: string | null;
                                /** @description The fields or field groups read or changed (never their values) */
                                fields: string[];
                                /** @description For a list or a search: how many records it showed (0 for a single record) */
                                listed: number;
                                /** @enum {string} */
                                outcome: "success" | "denied" | "failure";
                            }[];
                            /** @description Pass as `before` for the next (older) page */
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breach/user-reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What this user saw in a period
         * @description Every record the user read or changed, every list, and the field groups, in figures and entry by entry.
         */
        get: {
            parameters: {
                query: {
                    userId: string;
                    /** @description Entries at or after this time */
                    from?: string;
                    /** @description Entries at or before this time */
                    to?: string;
                    /** @description Page: entries older than this seq (nextBefore of the previous page) */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                username: string;
                                fullName: string;
                                role: string;
                            };
                            /** @description Entries in the period */
                            entries: number;
                            /** @description Distinct records opened or changed in the period */
                            records: number;
                            /** @description Records shown in lists and searches in the period */
                            listed: number;
                            fieldGroups: {
                                field: string;
                                entries: number;
                            }[];
                            items: {
                                seq: number;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    id: string;
                                    username: string;
                                    fullName: string;
                                } | null;
                                actorRole: string | null;
                                ip: string | null;
                                action: string;
                                entityType: string | null;
                                entityId: string | null;
                                /** @description The child the record belongs to, when it is one record of a child */
                                childId: string | null;
                                /** @description The fields or field groups read or changed (never their values) */
                                fields: string[];
                                /** @description For a list or a search: how many records it showed (0 for a single record) */
                                listed: number;
                                /** @enum {string} */
                                outcome: "success" | "denied" | "failure";
                            }[];
                            /** @description Pass as `before` for the next (older) page */
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breach/address-reads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every record touched from this address */
        get: {
            parameters: {
                query: {
                    ip: string;
                    /** @description Entries at or after this time */
                    from?: string;
                    /** @description Entries at or before this time */
                    to?: string;
                    /** @description Page: entries older than this seq (nextBefore of the previous page) */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ip: string;
                            entries: number;
                            users: {
                                actor: {
                                    id: string;
                                    username: string;
                                    fullName: string;
                                } | null;
                                entries: number;
                            }[];
                            items: {
                                seq: number;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    id: string;
                                    username: string;
                                    fullName: string;
                                } | null;
                                actorRole: string | null;
                                ip: string | null;
                                action: string;
                                entityType: string | null;
                                entityId: string | null;
                                /** @description The child the record belongs to, when it is one record of a child */
                                childId: string | null;
                                /** @description The fields or field groups read or changed (never their values) */
                                fields: string[];
                                /** @description For a list or a search: how many records it showed (0 for a single record) */
                                listed: number;
                                /** @enum {string} */
                                outcome: "success" | "denied" | "failure";
                            }[];
                            /** @description Pass as `before` for the next (older) page */
                            nextBefore: number | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The breach register */
        get: {
            parameters: {
                query?: {
                    /** @description Only open (true) or closed (false) breaches */
                    open?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                reference: string;
                                /** Format: date-time */
                                foundAt: string;
                                /** Format: date-time */
                                recordedAt: string;
                                recordedBy: {
                                    id: string;
                                    fullName: string;
                                };
                                /** @enum {string} */
                                kind: "confidentiality" | "integrity" | "availability";
                                summary: string;
                                childIds: string[];
                                userIds: string[];
                                addresses: string[];
                                /** @description The notice to NCSA, due 48 hours after the breach was found */
                                notice: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    sentAt: string | null;
                                    reference: string | null;
                                    /** @enum {string} */
                                    status: "pending" | "overdue" | "met" | "met_late";
                                };
                                /** @description The report to NCSA, due 72 hours after */
                                report: {
                                    /** Format: date-time */
                                    dueAt: string;
                                    sentAt: string | null;
                                    reference: string | null;
                                    /** @enum {string} */
                                    status: "pending" | "overdue" | "met" | "met_late";
                                };
                                escalationLevel: number;
                                closedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a breach
         * @description Starts the 48-hour notice and the 72-hour report deadlines to NCSA (Law N° 058/2021 Arts 43–44).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When the breach was found: the 48- and 72-hour clocks start here
                         */
                        foundAt: string;
                        /** @enum {string} */
                        kind: "confidentiality" | "integrity" | "availability";
                        /** @description What happened, as known (no child names: the ids below say whom it concerns) */
                        summary: string;
                        /**
                         * @description Children it concerns (from "who saw this child" and "what did this user see")
                         * @default []
                         */
                        childIds?: string[];
                        /**
                         * @description Accounts involved
                         * @default []
                         */
                        userIds?: string[];
                        /** @default [] */
                        addresses?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            foundAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                id: string;
                                fullName: string;
                            };
                            /** @enum {string} */
                            kind: "confidentiality" | "integrity" | "availability";
                            summary: string;
                            childIds: string[];
                            userIds: string[];
                            addresses: string[];
                            /** @description The notice to NCSA, due 48 hours after the breach was found */
                            notice: {
                                /** Format: date-time */
                                dueAt: string;
                                sentAt: string | null;
                                reference: string | null;
                                /** @enum {string} */
                                status: "pending" | "overdue" | "met" | "met_late";
                            };
                            /** @description The report to NCSA, due 72 hours after */
                            report: {
                                /** Format: date-time */
                                dueAt: string;
                                sentAt: string | null;
                                reference: string | null;
                                /** @enum {string} */
                                status: "pending" | "overdue" | "met" | "met_late";
                            };
                            escalationLevel: number;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One breach */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            foundAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                id: string;
                                fullName: string;
                            };
                            /** @enum {string} */
                            kind: "confidentiality" | "integrity" | "availability";
                            summary: string;
                            childIds: string[];
                            userIds: string[];
                            addresses: string[];
                            /** @description The notice to NCSA, due 48 hours after the breach was found */
                            notice: {
                                /** Format: date-time */
                                dueAt: string;
                                sentAt: string | null;
                                reference: string | null;
                                /** @enum {string} */
                                status: "pending" | "overdue" | "met" | "met_late";
                            };
                            /** @description The report to NCSA, due 72 hours after */
                            report: {
                                /** Format: date-time */
                                dueAt: string;
                                sentAt: string | null;
                                reference: string | null;
                                /** @enum {string} */
                                status: "pending" | "overdue" | "met" | "met_late";
                            };
                            escalationLevel: number;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the notice sent to NCSA (48 hours) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When it went to NCSA
                         */
                        sentAt: string;
                        /** @description NCSA's acknowledgement or the letter's number */
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            foundAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                id: string;
                                fullName: string;
                            };
                            /** @enum {string} */
                            kind: "confidentiality" | "integrity" | "availability";
                            summary: string;
                            childIds: string[];
                            userIds: string[];
                            addresses: string[];
                            /** @description The notice to NCSA, due 48 hours after the breach was found */
                            notice: {
                                /** Format: date-time */
                                dueAt: string;
                                sentAt: string | null;
                                reference: string | null;
                                /** @enum {string} */
                                status: "pending" | "overdue" | "met" | "met_late";
                            };
                            /** @description The report to NCSA, due 72 hours after */
                            report: {
                                /** Format: date-time */
                                dueAt: string;
                                sentAt: string | null;
                                reference: string | null;
                                /** @enum {string} */
                                status: "pending" | "overdue" | "met" | "met_late";
                            };
                            escalationLevel: number;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/breaches/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the report sent to NCSA (72 hours)
         * @description Needs the notice first; closes the breach.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description When it went to NCSA
                         */
                        sentAt: string;
                        /** @description NCSA's acknowledgement or the letter's number */
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** Format: date-time */
                            foundAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                id: string;
                                fullName: string;
                            };
                            /** @enum {string} */
                            kind: "confidentiality" | "integrity" | "availability";
                            summary: string;
                            childIds: string[];
                            userIds: string[];
                            addresses: string[];
                            /** @description The notice to NCSA, due 48 hours after the breach was found */
                            notice: {
                                /** Format: date-time */
                                dueAt: string;
                                sentAt: string | null;
                                reference: string | null;
                                /** @enum {string} */
                                status: "pending" | "overdue" | "met" | "met_late";
                            };
                            /** @description The report to NCSA, due 72 hours after */
                            report: {
                                /** Format: date-time */
                                dueAt: string;
                                sentAt: string | null;
                                reference: string | null;
                                /** @enum {string} */
                                status: "pending" | "overdue" | "met" | "met_late";
                            };
                            escalationLevel: number;
                            closedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The retention rules in force, with their defaults */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "report_identity_non_vena" | "reporter_phone" | "closed_case_attachments" | "audit" | "paper_files";
                                /** @description The kind of record the rule reads */
                                record: string;
                                /** @description What the rule does once the period has passed */
                                action: string;
                                /** @description From when the period counts */
                                from: string;
                                enabled: boolean;
                                periodDays: number;
                                /** @description The shortest period the framework or the law allows */
                                minDays: number;
                                defaultEnabled: boolean;
                                defaultPeriodDays: number;
                                source: string;
                                changedAt: string | null;
                                changedBy: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /**
         * Change one retention rule
         * @description Its period (at least the minimum the framework or the law wants) and whether it runs. Audited with the values before and after.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "report_identity_non_vena" | "reporter_phone" | "closed_case_attachments" | "audit" | "paper_files";
                        enabled: boolean;
                        /** @description Days after the record's start point (see "from"); at least the rule's minDays */
                        periodDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "report_identity_non_vena" | "reporter_phone" | "closed_case_attachments" | "audit" | "paper_files";
                                /** @description The kind of record the rule reads */
                                record: string;
                                /** @description What the rule does once the period has passed */
                                action: string;
                                /** @description From when the period counts */
                                from: string;
                                enabled: boolean;
                                periodDays: number;
                                /** @description The shortest period the framework or the law allows */
                                minDays: number;
                                defaultEnabled: boolean;
                                defaultPeriodDays: number;
                                source: string;
                                changedAt: string | null;
                                changedBy: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What the rules would change now
         * @description Changes nothing; the dry run and its counts are recorded.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            runId: string;
                            /** Format: date-time */
                            at: string;
                            /** @description How many records each rule would change now (the audit: how many entries are past the period) */
                            counts: {
                                [key: string]: number;
                            };
                            /** @description The first records each rule would change (at most 200 a rule) */
                            items: {
                                /** @enum {string} */
                                rule: "report_identity_non_vena" | "reporter_phone" | "closed_case_attachments" | "audit" | "paper_files";
                                entityType: string;
                                /** Format: uuid */
                                entityId: string;
                                /** @description The record's reference or code (never a name) */
                                label: string;
                                action: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record of retention runs, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                startedAt: string;
                                finishedAt: string | null;
                                dryRun: boolean;
                                /** @description Who asked for it; null for the background worker */
                                actor: string | null;
                                counts: {
                                    [key: string]: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Apply the rules now
         * @description As the background worker does on its interval: pseudonymises or removes the fields each rule names, never a record; every change audited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startedAt: string;
                            finishedAt: string | null;
                            dryRun: boolean;
                            /** @description Who asked for it; null for the background worker */
                            actor: string | null;
                            counts: {
                                [key: string]: number;
                            };
                            actions: {
                                /** @enum {string} */
                                rule: "report_identity_non_vena" | "reporter_phone" | "closed_case_attachments" | "audit" | "paper_files";
                                entityType: string;
                                /** Format: uuid */
                                entityId: string;
                                action: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            totalActions: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What one run did, record by record */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startedAt: string;
                            finishedAt: string | null;
                            dryRun: boolean;
                            /** @description Who asked for it; null for the background worker */
                            actor: string | null;
                            counts: {
                                [key: string]: number;
                            };
                            actions: {
                                /** @enum {string} */
                                rule: "report_identity_non_vena" | "reporter_phone" | "closed_case_attachments" | "audit" | "paper_files";
                                entityType: string;
                                /** Format: uuid */
                                entityId: string;
                                action: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            totalActions: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Records kept out of every retention rule */
        get: {
            parameters: {
                query?: {
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                childId: string | null;
                                childCode: string | null;
                                reportId: string | null;
                                reportReference: string | null;
                                reason: string;
                                placedBy: string;
                                /** Format: date-time */
                                placedAt: string;
                                releasedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Hold a child's records or one report (a legal claim, an investigation) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Hold every record of this child (give the child or the report, not both)
                         */
                        childId?: string;
                        /**
                         * Format: uuid
                         * @description Hold this report
                         */
                        reportId?: string;
                        /** @description Why the record must be kept (a legal claim, an investigation) */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            childId: string | null;
                            childCode: string | null;
                            reportId: string | null;
                            reportReference: string | null;
                            reason: string;
                            placedBy: string;
                            /** Format: date-time */
                            placedAt: string;
                            releasedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/holds/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a hold */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            childId: string | null;
                            childCode: string | null;
                            reportId: string | null;
                            reportReference: string | null;
                            reason: string;
                            placedBy: string;
                            /** Format: date-time */
                            placedAt: string;
                            releasedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/carers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The foster carers register of the caller's jurisdiction */
        get: {
            parameters: {
                query?: {
                    status?: "applicant" | "assessed" | "trained" | "approved" | "refused";
                    /** @description A district, sector, cell or village in the caller's jurisdiction */
                    placeId?: string;
                    /** @description 'true': only households that take a child at short notice */
                    emergency?: "true" | "false";
                    /** @description 'true': only carers who are also IZU */
                    alsoIzu?: "true" | "false";
                    /** @description 1 to 1000 */
                    page?: number;
                    /** @description 1 to 200 */
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** @description Null when the caller may not see who the carers are (a supervisor) */
                                householdName: string | null;
                                mainCarerName: string | null;
                                phone: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                foundBy: "izu" | "local_leader" | "community_forum" | "other";
                                alsoIzu: boolean;
                                /** @enum {string} */
                                status: "applicant" | "assessed" | "trained" | "approved" | "refused";
                                assessedOn: string | null;
                                assessmentNote: string | null;
                                trainedOn: string | null;
                                trainingNote: string | null;
                                decidedOn: string | null;
                                decisionReasons: string | null;
                                approvalReviewOn: string | null;
                                capacity: number;
                                ageMin: number;
                                ageMax: number;
                                emergencyAvailable: boolean;
                                /** @description Children placed with the household now */
                                placed: number;
                            }[];
                            /** @description Items over all pages */
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Register an applicant household */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        householdName: string;
                        mainCarerName: string;
                        phone?: string;
                        /** @description The household's village (Umudugudu), an 8-digit place code */
                        villageId: string;
                        /**
                         * @description Who found the applicant household: an IZU, a local leader, a community forum
                         * @enum {string}
                         */
                        foundBy: "izu" | "local_leader" | "community_forum" | "other";
                        /**
                         * @description The carer is also an IZU (Inshuti z'Umuryango)
                         * @default false
                         */
                        alsoIzu?: boolean;
                        /** @description How many children the household can take */
                        capacity: number;
                        /** @default 0 */
                        ageMin?: number;
                        /** @default 17 */
                        ageMax?: number;
                        /**
                         * @description Takes a child at short notice (emergency foster care)
                         * @default false
                         */
                        emergencyAvailable?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Null when the caller may not see who the carers are (a supervisor) */
                            householdName: string | null;
                            mainCarerName: string | null;
                            phone: string | null;
                            village: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            foundBy: "izu" | "local_leader" | "community_forum" | "other";
                            alsoIzu: boolean;
                            /** @enum {string} */
                            status: "applicant" | "assessed" | "trained" | "approved" | "refused";
                            assessedOn: string | null;
                            assessmentNote: string | null;
                            trainedOn: string | null;
                            trainingNote: string | null;
                            decidedOn: string | null;
                            decisionReasons: string | null;
                            approvalReviewOn: string | null;
                            capacity: number;
                            ageMin: number;
                            ageMax: number;
                            emergencyAvailable: boolean;
                            /** @description Children placed with the household now */
                            placed: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/carers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One carer of the register */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Null when the caller may not see who the carers are (a supervisor) */
                            householdName: string | null;
                            mainCarerName: string | null;
                            phone: string | null;
                            village: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            foundBy: "izu" | "local_leader" | "community_forum" | "other";
                            alsoIzu: boolean;
                            /** @enum {string} */
                            status: "applicant" | "assessed" | "trained" | "approved" | "refused";
                            assessedOn: string | null;
                            assessmentNote: string | null;
                            trainedOn: string | null;
                            trainingNote: string | null;
                            decidedOn: string | null;
                            decisionReasons: string | null;
                            approvalReviewOn: string | null;
                            capacity: number;
                            ageMin: number;
                            ageMax: number;
                            emergencyAvailable: boolean;
                            /** @description Children placed with the household now */
                            placed: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/carers/{id}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The household's capacity, the ages it takes, its emergency availability */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description How many children the household can take */
                        capacity: number;
                        /** @default 0 */
                        ageMin?: number;
                        /** @default 17 */
                        ageMax?: number;
                        /**
                         * @description Takes a child at short notice (emergency foster care)
                         * @default false
                         */
                        emergencyAvailable?: boolean;
                        alsoIzu?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Null when the caller may not see who the carers are (a supervisor) */
                            householdName: string | null;
                            mainCarerName: string | null;
                            phone: string | null;
                            village: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            foundBy: "izu" | "local_leader" | "community_forum" | "other";
                            alsoIzu: boolean;
                            /** @enum {string} */
                            status: "applicant" | "assessed" | "trained" | "approved" | "refused";
                            assessedOn: string | null;
                            assessmentNote: string | null;
                            trainedOn: string | null;
                            trainingNote: string | null;
                            decidedOn: string | null;
                            decisionReasons: string | null;
                            approvalReviewOn: string | null;
                            capacity: number;
                            ageMin: number;
                            ageMax: number;
                            emergencyAvailable: boolean;
                            /** @description Children placed with the household now */
                            placed: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/carers/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record assessment, training, approval or refusal (with reasons) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        step: "assessment";
                        /** Format: date */
                        on: string;
                        note: string;
                    } | {
                        /** @enum {string} */
                        step: "training";
                        /** Format: date */
                        on: string;
                        note: string;
                    } | {
                        /** @enum {string} */
                        step: "approval";
                        /** Format: date */
                        on: string;
                        reasons: string;
                        /**
                         * Format: date
                         * @description When the approval is reviewed (after it, the carer takes no new child)
                         */
                        reviewOn: string;
                    } | {
                        /** @enum {string} */
                        step: "refusal";
                        /** Format: date */
                        on: string;
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @description Null when the caller may not see who the carers are (a supervisor) */
                            householdName: string | null;
                            mainCarerName: string | null;
                            phone: string | null;
                            village: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            foundBy: "izu" | "local_leader" | "community_forum" | "other";
                            alsoIzu: boolean;
                            /** @enum {string} */
                            status: "applicant" | "assessed" | "trained" | "approved" | "refused";
                            assessedOn: string | null;
                            assessmentNote: string | null;
                            trainedOn: string | null;
                            trainingNote: string | null;
                            decidedOn: string | null;
                            decisionReasons: string | null;
                            approvalReviewOn: string | null;
                            capacity: number;
                            ageMin: number;
                            ageMax: number;
                            emergencyAvailable: boolean;
                            /** @description Children placed with the household now */
                            placed: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The forms of care */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                code: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                familyBased: boolean;
                                /** @description The placement names an approved carer of the register */
                                needsCarer: boolean;
                                emergency: boolean;
                                lastResort: boolean;
                                /** @description Decided by the competent authority (domestic adoption): Rinda records the referral */
                                referredToAuthority: boolean;
                                minAge: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gatekeeping, placements, visits and reviews of the case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            gatekeeping: {
                                /** Format: uuid */
                                id: string;
                                familyCarePossible: boolean;
                                necessityReasons: string;
                                careForm: ("kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care") | null;
                                suitabilityReasons: string;
                                childViews: string;
                                familyParticipation: string;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                decidedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "returned";
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                answerNote: string | null;
                            }[];
                            /** @description Newest first; at most one active (no end date) */
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                /** @description The carer of the register (household name null when the caller may not see it) */
                                carer: {
                                    /** Format: uuid */
                                    id: string;
                                    householdName: string | null;
                                } | null;
                                familyName: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                emergency: boolean;
                                gatekeepingId: string | null;
                                siblingGroup: number;
                                matchReasons: string | null;
                                startedOn: string;
                                plannedReviewOn: string;
                                endedOn: string | null;
                                endReason: ("form_changed" | "reunified" | "adopted" | "aged_out" | "breakdown" | "other") | null;
                                endNote: string | null;
                                previousPlacementId: string | null;
                                /** @description When the next monitoring visit is due (active placements) */
                                nextVisitDue: string | null;
                                /** @description Newest first */
                                visits: {
                                    /** Format: uuid */
                                    id: string;
                                    visitedOn: string;
                                    visitedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    visitor: "caseworker" | "izu";
                                    childSafe: boolean;
                                    wellbeingSafety: string;
                                    materialNeeds: string | null;
                                    educationalNeeds: string | null;
                                    healthNeeds: string | null;
                                    psychologicalNeeds: string | null;
                                    /** @enum {string} */
                                    schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                                    behaviourAndResponse: string | null;
                                    socialProtection: string | null;
                                    communityWelcome: string | null;
                                }[];
                                /** @description Newest first */
                                reviews: {
                                    /** Format: uuid */
                                    id: string;
                                    reviewedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    reviewedAt: string;
                                    stillNecessary: boolean;
                                    stillSuitable: boolean;
                                    reunificationPossible: boolean;
                                    permanencePossible: boolean;
                                    childParticipation: string;
                                    /** @enum {string} */
                                    decision: "continue" | "change_form" | "end";
                                    nextReviewOn: string | null;
                                    note: string | null;
                                }[];
                            }[];
                            /** @description An emergency placement's gatekeeping decision is due by then */
                            gatekeepingDueOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care/gatekeeping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the gatekeeping decision (necessity and suitability) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Necessity: the child can stay safely in the family with support (then no alternative care) */
                        familyCarePossible: boolean;
                        necessityReasons: string;
                        /**
                         * @description Suitability: the form of care chosen (required unless the family can care)
                         * @enum {string}
                         */
                        careForm?: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                        suitabilityReasons: string;
                        /** @description The child's views, as the child gave them */
                        childViews: string;
                        /** @description How the family took part in the decision */
                        familyParticipation: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            gatekeeping: {
                                /** Format: uuid */
                                id: string;
                                familyCarePossible: boolean;
                                necessityReasons: string;
                                careForm: ("kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care") | null;
                                suitabilityReasons: string;
                                childViews: string;
                                familyParticipation: string;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                decidedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "returned";
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                answerNote: string | null;
                            }[];
                            /** @description Newest first; at most one active (no end date) */
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                /** @description The carer of the register (household name null when the caller may not see it) */
                                carer: {
                                    /** Format: uuid */
                                    id: string;
                                    householdName: string | null;
                                } | null;
                                familyName: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                emergency: boolean;
                                gatekeepingId: string | null;
                                siblingGroup: number;
                                matchReasons: string | null;
                                startedOn: string;
                                plannedReviewOn: string;
                                endedOn: string | null;
                                endReason: ("form_changed" | "reunified" | "adopted" | "aged_out" | "breakdown" | "other") | null;
                                endNote: string | null;
                                previousPlacementId: string | null;
                                /** @description When the next monitoring visit is due (active placements) */
                                nextVisitDue: string | null;
                                /** @description Newest first */
                                visits: {
                                    /** Format: uuid */
                                    id: string;
                                    visitedOn: string;
                                    visitedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    visitor: "caseworker" | "izu";
                                    childSafe: boolean;
                                    wellbeingSafety: string;
                                    materialNeeds: string | null;
                                    educationalNeeds: string | null;
                                    healthNeeds: string | null;
                                    psychologicalNeeds: string | null;
                                    /** @enum {string} */
                                    schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                                    behaviourAndResponse: string | null;
                                    socialProtection: string | null;
                                    communityWelcome: string | null;
                                }[];
                                /** @description Newest first */
                                reviews: {
                                    /** Format: uuid */
                                    id: string;
                                    reviewedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    reviewedAt: string;
                                    stillNecessary: boolean;
                                    stillSuitable: boolean;
                                    reunificationPossible: boolean;
                                    permanencePossible: boolean;
                                    childParticipation: string;
                                    /** @enum {string} */
                                    decision: "continue" | "change_form" | "end";
                                    nextReviewOn: string | null;
                                    note: string | null;
                                }[];
                            }[];
                            /** @description An emergency placement's gatekeeping decision is due by then */
                            gatekeepingDueOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care/gatekeeping/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The supervisor approves or returns the pending decision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            gatekeeping: {
                                /** Format: uuid */
                                id: string;
                                familyCarePossible: boolean;
                                necessityReasons: string;
                                careForm: ("kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care") | null;
                                suitabilityReasons: string;
                                childViews: string;
                                familyParticipation: string;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                decidedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "returned";
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                answerNote: string | null;
                            }[];
                            /** @description Newest first; at most one active (no end date) */
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                /** @description The carer of the register (household name null when the caller may not see it) */
                                carer: {
                                    /** Format: uuid */
                                    id: string;
                                    householdName: string | null;
                                } | null;
                                familyName: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                emergency: boolean;
                                gatekeepingId: string | null;
                                siblingGroup: number;
                                matchReasons: string | null;
                                startedOn: string;
                                plannedReviewOn: string;
                                endedOn: string | null;
                                endReason: ("form_changed" | "reunified" | "adopted" | "aged_out" | "breakdown" | "other") | null;
                                endNote: string | null;
                                previousPlacementId: string | null;
                                /** @description When the next monitoring visit is due (active placements) */
                                nextVisitDue: string | null;
                                /** @description Newest first */
                                visits: {
                                    /** Format: uuid */
                                    id: string;
                                    visitedOn: string;
                                    visitedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    visitor: "caseworker" | "izu";
                                    childSafe: boolean;
                                    wellbeingSafety: string;
                                    materialNeeds: string | null;
                                    educationalNeeds: string | null;
                                    healthNeeds: string | null;
                                    psychologicalNeeds: string | null;
                                    /** @enum {string} */
                                    schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                                    behaviourAndResponse: string | null;
                                    socialProtection: string | null;
                                    communityWelcome: string | null;
                                }[];
                                /** @description Newest first */
                                reviews: {
                                    /** Format: uuid */
                                    id: string;
                                    reviewedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    reviewedAt: string;
                                    stillNecessary: boolean;
                                    stillSuitable: boolean;
                                    reunificationPossible: boolean;
                                    permanencePossible: boolean;
                                    childParticipation: string;
                                    /** @enum {string} */
                                    decision: "continue" | "change_form" | "end";
                                    nextReviewOn: string | null;
                                    note: string | null;
                                }[];
                            }[];
                            /** @description An emergency placement's gatekeeping decision is due by then */
                            gatekeepingDueOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care/carer-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved carers suggested for the child */
        get: {
            parameters: {
                query: {
                    careForm: "emergency_foster_care" | "long_term_foster_care";
                    siblingGroup?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                carerId: string;
                                householdName: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                distance: "village" | "cell" | "sector" | "district";
                                freePlaces: number;
                                capacity: number;
                                ageMin: number;
                                ageMax: number;
                                emergencyAvailable: boolean;
                                alsoIzu: boolean;
                            }[];
                            childAge: number | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place the child */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                        /**
                         * Format: uuid
                         * @description The approved carer (foster care)
                         */
                        carerId?: string;
                        /** @description The family, adoptive family or place (kinship care, adoption, residence, independent living) */
                        familyName?: string;
                        /** @description Where the child lives then, when not with a carer of the register */
                        villageId?: string;
                        /**
                         * @description Children of one sibling group placed together (they take as many places)
                         * @default 1
                         */
                        siblingGroup?: number;
                        /** @description Why this carer: the matching decision and its reasons */
                        matchReasons?: string;
                        /** Format: date */
                        startedOn: string;
                        /**
                         * @description An emergency placement, before gatekeeping (its decision is then due within days)
                         * @default false
                         */
                        emergency?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            gatekeeping: {
                                /** Format: uuid */
                                id: string;
                                familyCarePossible: boolean;
                                necessityReasons: string;
                                careForm: ("kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care") | null;
                                suitabilityReasons: string;
                                childViews: string;
                                familyParticipation: string;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                decidedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "returned";
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                answerNote: string | null;
                            }[];
                            /** @description Newest first; at most one active (no end date) */
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                /** @description The carer of the register (household name null when the caller may not see it) */
                                carer: {
                                    /** Format: uuid */
                                    id: string;
                                    householdName: string | null;
                                } | null;
                                familyName: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                emergency: boolean;
                                gatekeepingId: string | null;
                                siblingGroup: number;
                                matchReasons: string | null;
                                startedOn: string;
                                plannedReviewOn: string;
                                endedOn: string | null;
                                endReason: ("form_changed" | "reunified" | "adopted" | "aged_out" | "breakdown" | "other") | null;
                                endNote: string | null;
                                previousPlacementId: string | null;
                                /** @description When the next monitoring visit is due (active placements) */
                                nextVisitDue: string | null;
                                /** @description Newest first */
                                visits: {
                                    /** Format: uuid */
                                    id: string;
                                    visitedOn: string;
                                    visitedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    visitor: "caseworker" | "izu";
                                    childSafe: boolean;
                                    wellbeingSafety: string;
                                    materialNeeds: string | null;
                                    educationalNeeds: string | null;
                                    healthNeeds: string | null;
                                    psychologicalNeeds: string | null;
                                    /** @enum {string} */
                                    schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                                    behaviourAndResponse: string | null;
                                    socialProtection: string | null;
                                    communityWelcome: string | null;
                                }[];
                                /** @description Newest first */
                                reviews: {
                                    /** Format: uuid */
                                    id: string;
                                    reviewedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    reviewedAt: string;
                                    stillNecessary: boolean;
                                    stillSuitable: boolean;
                                    reunificationPossible: boolean;
                                    permanencePossible: boolean;
                                    childParticipation: string;
                                    /** @enum {string} */
                                    decision: "continue" | "change_form" | "end";
                                    nextReviewOn: string | null;
                                    note: string | null;
                                }[];
                            }[];
                            /** @description An emergency placement's gatekeeping decision is due by then */
                            gatekeepingDueOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care/placement/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the active placement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endedOn: string;
                        /** @enum {string} */
                        reason: "reunified" | "adopted" | "aged_out" | "breakdown" | "other";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            gatekeeping: {
                                /** Format: uuid */
                                id: string;
                                familyCarePossible: boolean;
                                necessityReasons: string;
                                careForm: ("kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care") | null;
                                suitabilityReasons: string;
                                childViews: string;
                                familyParticipation: string;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                decidedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "returned";
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                answerNote: string | null;
                            }[];
                            /** @description Newest first; at most one active (no end date) */
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                /** @description The carer of the register (household name null when the caller may not see it) */
                                carer: {
                                    /** Format: uuid */
                                    id: string;
                                    householdName: string | null;
                                } | null;
                                familyName: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                emergency: boolean;
                                gatekeepingId: string | null;
                                siblingGroup: number;
                                matchReasons: string | null;
                                startedOn: string;
                                plannedReviewOn: string;
                                endedOn: string | null;
                                endReason: ("form_changed" | "reunified" | "adopted" | "aged_out" | "breakdown" | "other") | null;
                                endNote: string | null;
                                previousPlacementId: string | null;
                                /** @description When the next monitoring visit is due (active placements) */
                                nextVisitDue: string | null;
                                /** @description Newest first */
                                visits: {
                                    /** Format: uuid */
                                    id: string;
                                    visitedOn: string;
                                    visitedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    visitor: "caseworker" | "izu";
                                    childSafe: boolean;
                                    wellbeingSafety: string;
                                    materialNeeds: string | null;
                                    educationalNeeds: string | null;
                                    healthNeeds: string | null;
                                    psychologicalNeeds: string | null;
                                    /** @enum {string} */
                                    schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                                    behaviourAndResponse: string | null;
                                    socialProtection: string | null;
                                    communityWelcome: string | null;
                                }[];
                                /** @description Newest first */
                                reviews: {
                                    /** Format: uuid */
                                    id: string;
                                    reviewedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    reviewedAt: string;
                                    stillNecessary: boolean;
                                    stillSuitable: boolean;
                                    reunificationPossible: boolean;
                                    permanencePossible: boolean;
                                    childParticipation: string;
                                    /** @enum {string} */
                                    decision: "continue" | "change_form" | "end";
                                    nextReviewOn: string | null;
                                    note: string | null;
                                }[];
                            }[];
                            /** @description An emergency placement's gatekeeping decision is due by then */
                            gatekeepingDueOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care/placement/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a monitoring visit of the active placement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        visitedOn: string;
                        childSafe: boolean;
                        /** @description The child's wellbeing and safety */
                        wellbeingSafety: string;
                        materialNeeds?: string;
                        educationalNeeds?: string;
                        healthNeeds?: string;
                        psychologicalNeeds?: string;
                        /** @enum {string} */
                        schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                        /** @description Challenging behaviours and how the family responds */
                        behaviourAndResponse?: string;
                        /** @description The family's access to social protection when its situation worsens */
                        socialProtection?: string;
                        /** @description The community's welcome */
                        communityWelcome?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            gatekeeping: {
                                /** Format: uuid */
                                id: string;
                                familyCarePossible: boolean;
                                necessityReasons: string;
                                careForm: ("kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care") | null;
                                suitabilityReasons: string;
                                childViews: string;
                                familyParticipation: string;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                decidedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "returned";
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                answerNote: string | null;
                            }[];
                            /** @description Newest first; at most one active (no end date) */
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                /** @description The carer of the register (household name null when the caller may not see it) */
                                carer: {
                                    /** Format: uuid */
                                    id: string;
                                    householdName: string | null;
                                } | null;
                                familyName: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                emergency: boolean;
                                gatekeepingId: string | null;
                                siblingGroup: number;
                                matchReasons: string | null;
                                startedOn: string;
                                plannedReviewOn: string;
                                endedOn: string | null;
                                endReason: ("form_changed" | "reunified" | "adopted" | "aged_out" | "breakdown" | "other") | null;
                                endNote: string | null;
                                previousPlacementId: string | null;
                                /** @description When the next monitoring visit is due (active placements) */
                                nextVisitDue: string | null;
                                /** @description Newest first */
                                visits: {
                                    /** Format: uuid */
                                    id: string;
                                    visitedOn: string;
                                    visitedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    visitor: "caseworker" | "izu";
                                    childSafe: boolean;
                                    wellbeingSafety: string;
                                    materialNeeds: string | null;
                                    educationalNeeds: string | null;
                                    healthNeeds: string | null;
                                    psychologicalNeeds: string | null;
                                    /** @enum {string} */
                                    schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                                    behaviourAndResponse: string | null;
                                    socialProtection: string | null;
                                    communityWelcome: string | null;
                                }[];
                                /** @description Newest first */
                                reviews: {
                                    /** Format: uuid */
                                    id: string;
                                    reviewedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    reviewedAt: string;
                                    stillNecessary: boolean;
                                    stillSuitable: boolean;
                                    reunificationPossible: boolean;
                                    permanencePossible: boolean;
                                    childParticipation: string;
                                    /** @enum {string} */
                                    decision: "continue" | "change_form" | "end";
                                    nextReviewOn: string | null;
                                    note: string | null;
                                }[];
                            }[];
                            /** @description An emergency placement's gatekeeping decision is due by then */
                            gatekeepingDueOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/care/placement/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review the active placement (may change the form of care) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        stillNecessary: boolean;
                        stillSuitable: boolean;
                        reunificationPossible: boolean;
                        permanencePossible: boolean;
                        /** @description How the child took part, and what the child said */
                        childParticipation: string;
                        /** @enum {string} */
                        decision: "continue" | "change_form" | "end";
                        note?: string;
                        /** @description 'change_form': the next placement (the current one ends the same day, in one step) */
                        next?: {
                            /** @enum {string} */
                            careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                            /**
                             * Format: uuid
                             * @description The approved carer (foster care)
                             */
                            carerId?: string;
                            /** @description The family, adoptive family or place (kinship care, adoption, residence, independent living) */
                            familyName?: string;
                            /** @description Where the child lives then, when not with a carer of the register */
                            villageId?: string;
                            /**
                             * @description Children of one sibling group placed together (they take as many places)
                             * @default 1
                             */
                            siblingGroup?: number;
                            /** @description Why this carer: the matching decision and its reasons */
                            matchReasons?: string;
                        };
                        /**
                         * @description 'end': why
                         * @enum {string}
                         */
                        endReason?: "reunified" | "adopted" | "aged_out" | "breakdown" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Newest first */
                            gatekeeping: {
                                /** Format: uuid */
                                id: string;
                                familyCarePossible: boolean;
                                necessityReasons: string;
                                careForm: ("kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care") | null;
                                suitabilityReasons: string;
                                childViews: string;
                                familyParticipation: string;
                                decidedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                };
                                /** Format: date-time */
                                decidedAt: string;
                                /** @enum {string} */
                                status: "pending" | "approved" | "returned";
                                answeredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    fullName: string;
                                } | null;
                                answeredAt: string | null;
                                answerNote: string | null;
                            }[];
                            /** @description Newest first; at most one active (no end date) */
                            placements: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                /** @description The carer of the register (household name null when the caller may not see it) */
                                carer: {
                                    /** Format: uuid */
                                    id: string;
                                    householdName: string | null;
                                } | null;
                                familyName: string | null;
                                village: {
                                    id: string;
                                    name: string;
                                };
                                emergency: boolean;
                                gatekeepingId: string | null;
                                siblingGroup: number;
                                matchReasons: string | null;
                                startedOn: string;
                                plannedReviewOn: string;
                                endedOn: string | null;
                                endReason: ("form_changed" | "reunified" | "adopted" | "aged_out" | "breakdown" | "other") | null;
                                endNote: string | null;
                                previousPlacementId: string | null;
                                /** @description When the next monitoring visit is due (active placements) */
                                nextVisitDue: string | null;
                                /** @description Newest first */
                                visits: {
                                    /** Format: uuid */
                                    id: string;
                                    visitedOn: string;
                                    visitedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** @enum {string} */
                                    visitor: "caseworker" | "izu";
                                    childSafe: boolean;
                                    wellbeingSafety: string;
                                    materialNeeds: string | null;
                                    educationalNeeds: string | null;
                                    healthNeeds: string | null;
                                    psychologicalNeeds: string | null;
                                    /** @enum {string} */
                                    schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                                    behaviourAndResponse: string | null;
                                    socialProtection: string | null;
                                    communityWelcome: string | null;
                                }[];
                                /** @description Newest first */
                                reviews: {
                                    /** Format: uuid */
                                    id: string;
                                    reviewedBy: {
                                        /** Format: uuid */
                                        id: string;
                                        fullName: string;
                                    };
                                    /** Format: date-time */
                                    reviewedAt: string;
                                    stillNecessary: boolean;
                                    stillSuitable: boolean;
                                    reunificationPossible: boolean;
                                    permanencePossible: boolean;
                                    childParticipation: string;
                                    /** @enum {string} */
                                    decision: "continue" | "change_form" | "end";
                                    nextReviewOn: string | null;
                                    note: string | null;
                                }[];
                            }[];
                            /** @description An emergency placement's gatekeeping decision is due by then */
                            gatekeepingDueOn: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/izu/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The village IZU's follow-up list: children placed in the village */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                placementId: string;
                                childGivenName: string;
                                childAge: number | null;
                                /** @enum {string} */
                                careForm: "kinship_care" | "emergency_foster_care" | "long_term_foster_care" | "domestic_adoption" | "supervised_independent_living" | "residential_care";
                                /** @description The carer's household, or the family */
                                household: string;
                                startedOn: string;
                                nextVisitDue: string;
                                lastVisitOn: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/care/izu/placements/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The village IZU records a follow-up visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        visitedOn: string;
                        childSafe: boolean;
                        /** @description The child's wellbeing and safety */
                        wellbeingSafety: string;
                        materialNeeds?: string;
                        educationalNeeds?: string;
                        healthNeeds?: string;
                        psychologicalNeeds?: string;
                        /** @enum {string} */
                        schoolAttendance: "regular" | "irregular" | "not_attending" | "not_school_age";
                        /** @description Challenging behaviours and how the family responds */
                        behaviourAndResponse?: string;
                        /** @description The family's access to social protection when its situation worsens */
                        socialProtection?: string;
                        /** @description The community's welcome */
                        communityWelcome?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            nextVisitDue: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The error body of every refusal and failure */
        ErrorInput: {
            error: {
                /** @description validation, unauthenticated, forbidden, not_found, conflict, payload_too_large, rate_limited, internal, … */
                code: string;
                message: string;
                /** @description The message key the UI translates */
                messageKey: string;
                /** @description Quote it to support: it finds the request in the log */
                requestId: string;
                fields?: {
                    /** @description Where: the request part and path, e.g. body.child.dateOfBirth */
                    field: string;
                    /** @description Why, in English, for logs and developers */
                    message: string;
                    /** @description The message key the UI translates (errors.field.*) */
                    messageKey?: string;
                    /** @description Values the message key interpolates */
                    params?: {
                        [key: string]: string | number;
                    };
                }[];
                details?: {
                    [key: string]: unknown;
                };
            };
        };
        /** @description The error body of every refusal and failure */
        Error: {
            error: {
                /** @description validation, unauthenticated, forbidden, not_found, conflict, payload_too_large, rate_limited, internal, … */
                code: string;
                message: string;
                /** @description The message key the UI translates */
                messageKey: string;
                /** @description Quote it to support: it finds the request in the log */
                requestId: string;
                fields?: {
                    /** @description Where: the request part and path, e.g. body.child.dateOfBirth */
                    field: string;
                    /** @description Why, in English, for logs and developers */
                    message: string;
                    /** @description The message key the UI translates (errors.field.*) */
                    messageKey?: string;
                    /** @description Values the message key interpolates */
                    params?: {
                        [key: string]: string | number;
                    };
                }[];
                details?: {
                    [key: string]: unknown;
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
