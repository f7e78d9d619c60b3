// Generated from api/openapi.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */
export interface paths {
    "/api/v1/accounts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["accounts_list"];
        put?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["accounts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/accounts/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["accounts_retrieve"];
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        put: operations["accounts_update"];
        post?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        delete: operations["accounts_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        patch: operations["accounts_partial_update"];
        trace?: never;
    };
    "/api/v1/accounts/add-by-url/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Добавить аккаунт по ссылке
         * @description Normalise the link, reuse the stored account when there is one (200) or
         *     create it (201); resolve it through VK when the VK collector is configured.
         */
        post: operations["accounts_add_by_url_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-subscriptions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Мои подписки на оповещения
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["alert_subscriptions_list"];
        put?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["alert_subscriptions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alert-subscriptions/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["alert_subscriptions_retrieve"];
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        put: operations["alert_subscriptions_update"];
        post?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        delete: operations["alert_subscriptions_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        patch: operations["alert_subscriptions_partial_update"];
        trace?: never;
    };
    "/api/v1/alerts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Мои оповещения (новые сверху)
         * @description List and retrieve: the filters, ordering, ``?brief=1`` and error shape every
         *     resource shares. Extra ``@action``s may still accept POST (e.g. a label): there
         *     is no create, so ``POST`` on the list is 405.
         */
        get: operations["alerts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description List and retrieve: the filters, ordering, ``?brief=1`` and error shape every
         *     resource shares. Extra ``@action``s may still accept POST (e.g. a label): there
         *     is no create, so ``POST`` on the list is 405.
         */
        get: operations["alerts_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/{id}/read/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Отметить прочитанным
         * @description List and retrieve: the filters, ordering, ``?brief=1`` and error shape every
         *     resource shares. Extra ``@action``s may still accept POST (e.g. a label): there
         *     is no create, so ``POST`` on the list is 405.
         */
        post: operations["alerts_read_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alerts/read-all/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Отметить все прочитанными
         * @description List and retrieve: the filters, ordering, ``?brief=1`` and error shape every
         *     resource shares. Extra ``@action``s may still accept POST (e.g. a label): there
         *     is no create, so ``POST`` on the list is 405.
         */
        post: operations["alerts_read_all_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Выдать CSRF-токен (и cookie csrftoken) */
        get: operations["auth_csrf_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Вход по паролю */
        post: operations["auth_login_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Выход */
        post: operations["auth_logout_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Текущий пользователь, роль и права */
        get: operations["auth_me_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bloggers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        get: operations["bloggers_list"];
        put?: never;
        /**
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        post: operations["bloggers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bloggers/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        get: operations["bloggers_retrieve"];
        /**
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        put: operations["bloggers_update"];
        post?: never;
        /**
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        delete: operations["bloggers_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        patch: operations["bloggers_partial_update"];
        trace?: never;
    };
    "/api/v1/bloggers/{id}/merge/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Объединить дубликат с другой записью (dry_run: только показать, что переместится)
         * @description Merge this blogger (the duplicate) into ``into``: accounts,
         *     interactions, follow-ups and campaign participations move, empty fields
         *     are filled, this record is archived with ``merged_into`` set; history of
         *     every row is kept. ``dry_run`` answers with the same figures and writes nothing.
         */
        post: operations["bloggers_merge_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bloggers/{id}/personal-data/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Все данные о блогере (выгрузка по запросу субъекта персональных данных)
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        get: operations["bloggers_personal_data_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bloggers/{id}/personal-data/erase/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Стереть персональные данные блогера (в истории остаётся отметка)
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        post: operations["bloggers_personal_data_erase_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bloggers/export-csv/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Выгрузка списка блогеров в CSV (те же фильтры и сортировка)
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        get: operations["bloggers_export_csv_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bloggers/export-xlsx/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Выгрузка списка блогеров в XLSX (те же фильтры и сортировка)
         * @description Bloggers with their latest score, rank and change, stage, stance, territory,
         *     owner, last interaction and task counts. DELETE archives (nothing is lost).
         */
        get: operations["bloggers_export_xlsx_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-participants/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["campaign_participants_list"];
        put?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["campaign_participants_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-participants/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["campaign_participants_retrieve"];
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        put: operations["campaign_participants_update"];
        post?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        delete: operations["campaign_participants_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        patch: operations["campaign_participants_partial_update"];
        trace?: never;
    };
    "/api/v1/campaign-publications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Posts participants published for a campaign (their links). Recording one
         *     moves the participant to ``published``; the result is measured from the
         *     ledger (``GET /campaigns/{id}/results/``).
         */
        get: operations["campaign_publications_list"];
        put?: never;
        /**
         * @description Posts participants published for a campaign (their links). Recording one
         *     moves the participant to ``published``; the result is measured from the
         *     ledger (``GET /campaigns/{id}/results/``).
         */
        post: operations["campaign_publications_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-publications/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Posts participants published for a campaign (their links). Recording one
         *     moves the participant to ``published``; the result is measured from the
         *     ledger (``GET /campaigns/{id}/results/``).
         */
        get: operations["campaign_publications_retrieve"];
        /**
         * @description Posts participants published for a campaign (their links). Recording one
         *     moves the participant to ``published``; the result is measured from the
         *     ledger (``GET /campaigns/{id}/results/``).
         */
        put: operations["campaign_publications_update"];
        post?: never;
        /**
         * @description Posts participants published for a campaign (their links). Recording one
         *     moves the participant to ``published``; the result is measured from the
         *     ledger (``GET /campaigns/{id}/results/``).
         */
        delete: operations["campaign_publications_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Posts participants published for a campaign (their links). Recording one
         *     moves the participant to ``published``; the result is measured from the
         *     ledger (``GET /campaigns/{id}/results/``).
         */
        patch: operations["campaign_publications_partial_update"];
        trace?: never;
    };
    "/api/v1/campaigns/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["campaigns_list"];
        put?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["campaigns_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["campaigns_retrieve"];
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        put: operations["campaigns_update"];
        post?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        delete: operations["campaigns_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        patch: operations["campaigns_partial_update"];
        trace?: never;
    };
    "/api/v1/campaigns/{id}/results/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Измеренный результат кампании: репосты, упоминания, охват против цели
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["campaigns_results_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followups/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["followups_list"];
        put?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["followups_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followups/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["followups_retrieve"];
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        put: operations["followups_update"];
        post?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        delete: operations["followups_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        patch: operations["followups_partial_update"];
        trace?: never;
    };
    "/api/v1/graph/accounts/{account_id}/amplifiers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Кто сильнее всего усиливает аккаунт */
        get: operations["graph_accounts_amplifiers_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graph/accounts/{account_id}/ego/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Эго-сеть аккаунта (соседи до 2 шагов, не больше limit узлов) */
        get: operations["graph_accounts_ego_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graph/clusters/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Обзор графа по сообществам: сообщества и сложенные связи между ними */
        get: operations["graph_clusters_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graph/overview/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Весь граф для обозревателя: самые влиятельные узлы и сильнейшие связи */
        get: operations["graph_overview_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graph/path/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Кратчайшая цепочка усиления от одного аккаунта к другому */
        get: operations["graph_path_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/graph/posts/{post_id}/cascade/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Каскад репостов записи: автор и кто репостил, по времени */
        get: operations["graph_posts_cascade_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/edges/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Импорты связей
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["imports_edges_list"];
        put?: never;
        /**
         * Загрузить файл связей (multipart) — создаётся задача импорта
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["imports_edges_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/edges/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Импорт связей: прогресс и счётчики
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["imports_edges_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/edges/{id}/errors/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Отклонённые строки импорта (номер строки и причина)
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["imports_edges_errors_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/posts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Импорты постов
         * @description Posts and comments of any platform (CSV / JSON lines, see ``import_posts``);
         *     the stored posts are then analysed and scanned for problem bursts.
         */
        get: operations["imports_posts_list"];
        put?: never;
        /**
         * Загрузить файл постов (multipart) — создаётся задача импорта
         * @description Posts and comments of any platform (CSV / JSON lines, see ``import_posts``);
         *     the stored posts are then analysed and scanned for problem bursts.
         */
        post: operations["imports_posts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/posts/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Импорт постов: прогресс и счётчики
         * @description Posts and comments of any platform (CSV / JSON lines, see ``import_posts``);
         *     the stored posts are then analysed and scanned for problem bursts.
         */
        get: operations["imports_posts_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/posts/{id}/errors/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Отклонённые строки импорта (номер строки и причина)
         * @description Posts and comments of any platform (CSV / JSON lines, see ``import_posts``);
         *     the stored posts are then analysed and scanned for problem bursts.
         */
        get: operations["imports_posts_errors_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        get: operations["incidents_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        get: operations["incidents_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Назначить исполнителя, сменить приоритет
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        patch: operations["incidents_partial_update"];
        trace?: never;
    };
    "/api/v1/incidents/{id}/comments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Комментарии сотрудников
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        get: operations["incidents_comments_list"];
        put?: never;
        /**
         * Добавить комментарий
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        post: operations["incidents_comments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/history/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * История: переходы, назначения, приоритет, эскалации — кто и когда
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        get: operations["incidents_history_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/messengers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Кого попросить донести официальный ответ: лояльные и партнёрские блогеры с широким охватом в затронутых сообществах, ещё не участвующие
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        get: operations["incidents_messengers_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/spread/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Распространение: кто начал, каскад репостов и упоминаний, главные усилители, сообщества, блогеры из CRM
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        get: operations["incidents_spread_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/{id}/transition/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Перевести инцидент в другое состояние (409 с допустимыми, если нельзя)
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        post: operations["incidents_transition_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/bulk-assign/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Назначить исполнителя многим инцидентам сразу
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        post: operations["incidents_bulk_assign_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/incidents/metrics/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Скорость и своевременность ответов: всего и по сотрудникам, территориям, темам, неделям
         * @description Incidents, most severe first: topic, territory, first post (``started_at``),
         *     detection time, severity and its parts, post and author counts, and the
         *     officers' workflow (state, priority, assignee, answer, deadlines). Their
         *     posts: ``/posts/?incident=<id>``. Officers and admins work them: ``PATCH``
         *     (assignee, priority), ``transition``, ``bulk-assign``, comments.
         */
        get: operations["incidents_metrics_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/bloggers/{blogger_id}/explanation/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Почему у блогера такое влияние: компоненты, кто усиливает, сообщество */
        get: operations["influence_bloggers_explanation_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/bloggers/{blogger_id}/history/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** История влияния блогера по всем расчётам */
        get: operations["influence_bloggers_history_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/coordination-marks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Отметки подлинности аккаунтов (новые первыми)
         * @description Officers' judgement: the next re-rank never groups or discounts an account marked
         *     genuine and treats one marked inauthentic as fully inauthentic. Every change is kept
         *     in the mark's history (admin) with who made it.
         */
        get: operations["influence_coordination_marks_list"];
        put?: never;
        /**
         * Отметить аккаунты подлинными или неподлинными (или снять отметку)
         * @description Officers' judgement: the next re-rank never groups or discounts an account marked
         *     genuine and treats one marked inauthentic as fully inauthentic. Every change is kept
         *     in the mark's history (admin) with who made it.
         */
        post: operations["influence_coordination_marks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/leaderboard/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Рейтинг блогеров по влиянию (фильтры как у списка блогеров) */
        get: operations["influence_leaderboard_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/movers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Кто поднялся и кто упал между двумя расчётами (по умолчанию — два последних) */
        get: operations["influence_movers_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/runs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Расчёты влияния
         * @description Runs newest first. ``POST`` asks for a re-rank (analyst, admin): 202 with
         *     the run to poll; when one is already queued or running, that one is returned.
         */
        get: operations["influence_runs_list"];
        put?: never;
        /**
         * Запустить пересчёт влияния (или получить уже идущий)
         * @description Runs newest first. ``POST`` asks for a re-rank (analyst, admin): 202 with
         *     the run to poll; when one is already queued or running, that one is returned.
         */
        post: operations["influence_runs_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/runs/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Расчёт влияния: этап и прогресс
         * @description Runs newest first. ``POST`` asks for a re-rank (analyst, admin): 202 with
         *     the run to poll; when one is already queued or running, that one is returned.
         */
        get: operations["influence_runs_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/runs/{run_id}/communities/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Сообщества расчёта (крупные первыми) */
        get: operations["influence_runs_communities_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/runs/{run_id}/communities/{number}/members/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Участники сообщества (по месту в рейтинге) */
        get: operations["influence_runs_communities_members_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/runs/{run_id}/coordination-groups/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Согласованные группы расчёта (крупные первыми) и кого они усиливают */
        get: operations["influence_runs_coordination_groups_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/influence/runs/{run_id}/coordination-groups/{number}/members/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Участники согласованной группы (самые неподлинные первыми) */
        get: operations["influence_runs_coordination_groups_members_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interactions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["interactions_list"];
        put?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["interactions_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/interactions/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["interactions_retrieve"];
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        put: operations["interactions_update"];
        post?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        delete: operations["interactions_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        patch: operations["interactions_partial_update"];
        trace?: never;
    };
    "/api/v1/posts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Posts and comments the pipeline analysed, newest first: author (and blogger),
         *     text, counters, territory, matched topics and words, negativity, whether it
         *     needs a response, and the officers' label.
         */
        get: operations["posts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Posts and comments the pipeline analysed, newest first: author (and blogger),
         *     text, counters, territory, matched topics and words, negativity, whether it
         *     needs a response, and the officers' label.
         */
        get: operations["posts_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/posts/{id}/label/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Отметить запись: нужен ответ, не по теме, позитив
         * @description Posts and comments the pipeline analysed, newest first: author (and blogger),
         *     text, counters, territory, matched topics and words, negativity, whether it
         *     needs a response, and the officers' label.
         */
        post: operations["posts_label_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/weekly/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Еженедельный отчёт (DOCX или PDF)
         * @description The weekly report for the governor's office (incidents by topic and
         *     territory with the trend, response times against the deadlines, the week's
         *     top amplifiers, risers and fallers), in Russian. Every role may download it:
         *     it holds no personal data.
         */
        get: operations["reports_weekly_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signals/trends/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Почасовые числа записей по темам и территориям (для графиков) */
        get: operations["signals_trends_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territories/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["territories_list"];
        put?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["territories_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/territories/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["territories_retrieve"];
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        put: operations["territories_update"];
        post?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        delete: operations["territories_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        patch: operations["territories_partial_update"];
        trace?: never;
    };
    "/api/v1/tokens/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API tokens of any user (admin only). DELETE revokes: the row stays for audit. */
        get: operations["tokens_list"];
        put?: never;
        /** @description API tokens of any user (admin only). DELETE revokes: the row stays for audit. */
        post: operations["tokens_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description API tokens of any user (admin only). DELETE revokes: the row stays for audit. */
        get: operations["tokens_retrieve"];
        put?: never;
        post?: never;
        /** @description API tokens of any user (admin only). DELETE revokes: the row stays for audit. */
        delete: operations["tokens_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/topics/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["topics_list"];
        put?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        post: operations["topics_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/topics/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["topics_retrieve"];
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        put: operations["topics_update"];
        post?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        delete: operations["topics_destroy"];
        options?: never;
        head?: never;
        /**
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        patch: operations["topics_partial_update"];
        trace?: never;
    };
    "/api/v1/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Active users (for owner/assignee pickers). */
        get: operations["users_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Active users (for owner/assignee pickers). */
        get: operations["users_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vk/accounts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Синхронизация ВКонтакте: состояние отслеживаемых аккаунтов
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["vk_accounts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vk/accounts/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Синхронизация ВКонтакте: состояние аккаунта
         * @description A resource with writes. Create and update answer with the object re-read
         *     through ``get_queryset``, so annotated columns are present as in lists.
         */
        get: operations["vk_accounts_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/watch-topics/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Watch topics: keywords and phrases (any inflection), exclusions, territory,
         *     severity weight, owner. Officers and admins edit them.
         */
        get: operations["watch_topics_list"];
        put?: never;
        /**
         * @description Watch topics: keywords and phrases (any inflection), exclusions, territory,
         *     severity weight, owner. Officers and admins edit them.
         */
        post: operations["watch_topics_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/watch-topics/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Watch topics: keywords and phrases (any inflection), exclusions, territory,
         *     severity weight, owner. Officers and admins edit them.
         */
        get: operations["watch_topics_retrieve"];
        /**
         * @description Watch topics: keywords and phrases (any inflection), exclusions, territory,
         *     severity weight, owner. Officers and admins edit them.
         */
        put: operations["watch_topics_update"];
        post?: never;
        /**
         * @description Watch topics: keywords and phrases (any inflection), exclusions, territory,
         *     severity weight, owner. Officers and admins edit them.
         */
        delete: operations["watch_topics_destroy"];
        options?: never;
        head?: never;
        /**
         * @description Watch topics: keywords and phrases (any inflection), exclusions, territory,
         *     severity weight, owner. Officers and admins edit them.
         */
        patch: operations["watch_topics_partial_update"];
        trace?: never;
    };
    "/api/v1/watch-topics/preview/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Что тема поймала бы за последние дни (ничего не сохраняет)
         * @description Watch topics: keywords and phrases (any inflection), exclusions, territory,
         *     severity weight, owner. Officers and admins edit them.
         */
        post: operations["watch_topics_preview_create"];
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
        AccountFromURLRequest: {
            url: string;
            blogger?: number | null;
        };
        /**
         * @description * `person` - личная страница
         *     * `community` - сообщество
         *     * `channel` - канал
         * @enum {string}
         */
        AccountKindEnum: "person" | "community" | "channel";
        AccountScore: {
            account: components["schemas"]["SocialAccountBrief"];
            /**
             * Влияние, 0–100
             * Format: double
             */
            readonly score: number;
            /** Место */
            readonly rank: number;
            /**
             * Перцентиль
             * Format: double
             */
            readonly percentile: number;
            /** Format: double */
            readonly pagerank: number;
            /** Format: double */
            readonly hub: number;
            /** Format: double */
            readonly authority: number;
            readonly followers: number | null;
            /** Format: double */
            readonly engagement: number;
            readonly kcore: number;
            /** Нормированные компоненты */
            readonly components: unknown;
            /** Сообщество */
            readonly community: number;
            readonly previous_rank: number | null;
            /** Изменение места */
            readonly rank_delta: number | null;
            /**
             * Изменение влияния
             * Format: double
             */
            readonly score_delta: number | null;
            /**
             * Неподлинность, 0–1
             * Format: double
             */
            readonly inauthenticity: number;
            /** Признаки неподлинности */
            readonly signals: unknown;
            /** Согласованная группа */
            readonly coordination_group: number | null;
            /** @description согласованное усиление этого аккаунта (нет — null) */
            readonly coordination: components["schemas"]["CoordinationNote"] | null;
            /** @description отметка сотрудника: genuine / inauthentic */
            readonly mark: string | null;
        };
        Alert: {
            readonly id: number;
            readonly incident: components["schemas"]["IncidentBrief"];
            /** Событие */
            readonly event: components["schemas"]["AlertEventEnum"];
            /**
             * Серьёзность
             * Format: double
             */
            readonly severity: number;
            /**
             * Создано
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Прочитано
             * Format: date-time
             */
            readonly read_at: string | null;
            /** Telegram */
            readonly telegram_state: components["schemas"]["AlertDeliveryEnum"] | components["schemas"]["BlankEnum"];
            /** E-mail */
            readonly email_state: components["schemas"]["AlertDeliveryEnum"] | components["schemas"]["BlankEnum"];
            /** Последняя ошибка */
            readonly last_error: string;
        };
        /**
         * @description * `` - не нужна
         *     * `pending` - ожидает
         *     * `sent` - отправлено
         *     * `failed` - не удалось
         * @enum {string}
         */
        AlertDeliveryEnum: "pending" | "sent" | "failed";
        /**
         * @description * `new` - новый инцидент
         *     * `severity` - серьёзность выросла
         *     * `first_response_soon` - скоро срок первого ответа
         *     * `first_response_overdue` - просрочен первый ответ
         *     * `resolution_soon` - скоро срок решения
         *     * `resolution_overdue` - просрочено решение
         * @enum {string}
         */
        AlertEventEnum: "new" | "severity" | "first_response_soon" | "first_response_overdue" | "resolution_soon" | "resolution_overdue";
        AmplifiersGraph: {
            /** @description расчёт, из которого взяты оценки узлов */
            run: components["schemas"]["InfluenceRunBrief"] | null;
            nodes: components["schemas"]["GraphNode"][];
            edges: components["schemas"]["GraphEdge"][];
            center: number;
            /** Format: date-time */
            since: string | null;
        };
        ApiToken: {
            readonly id: number;
            /** @description Владелец токена (по умолчанию — текущий пользователь). */
            user?: number;
            readonly username: string;
            /** Название */
            name: string;
            /** Начало ключа */
            readonly key_prefix: string;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Использован
             * Format: date-time
             */
            readonly last_used_at: string | null;
            /**
             * Действует до
             * Format: date-time
             */
            expires_at?: string | null;
            /**
             * Отозван
             * Format: date-time
             */
            readonly revoked_at: string | null;
            readonly is_active: boolean;
        };
        ApiTokenCreated: {
            readonly id: number;
            /** @description Владелец токена (по умолчанию — текущий пользователь). */
            user?: number;
            readonly username: string;
            /** Название */
            name: string;
            /** Начало ключа */
            readonly key_prefix: string;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Использован
             * Format: date-time
             */
            readonly last_used_at: string | null;
            /**
             * Действует до
             * Format: date-time
             */
            expires_at?: string | null;
            /**
             * Отозван
             * Format: date-time
             */
            readonly revoked_at: string | null;
            readonly is_active: boolean;
            /** @description Ключ показывается только один раз. */
            readonly key: string;
        };
        ApiTokenRequest: {
            /** @description Владелец токена (по умолчанию — текущий пользователь). */
            user?: number;
            /** Название */
            name: string;
            /**
             * Действует до
             * Format: date-time
             */
            expires_at?: string | null;
        };
        /**
         * @description * `community` - community
         *     * `territory` - territory
         * @enum {string}
         */
        BasisEnum: "community" | "territory";
        /** @enum {unknown} */
        BlankEnum: "";
        Blogger: {
            readonly id: number;
            /** Имя в сети */
            display_name: string;
            /**
             * ФИО
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            real_name?: string;
            /**
             * Телефон
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            phone?: string;
            /**
             * E-mail
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            email?: string;
            /** Описание */
            description?: string;
            territory?: components["schemas"]["TerritoryBrief"] | null;
            topics?: components["schemas"]["TopicBrief"][];
            /** Позиция */
            stance?: components["schemas"]["StanceEnum"];
            /** Этап отношений */
            stage?: components["schemas"]["BloggerStageEnum"];
            /** Уровень */
            tier?: components["schemas"]["TierEnum"];
            owner?: components["schemas"]["UserBrief"] | null;
            /** Заметки */
            notes?: string;
            /** В архиве */
            is_archived?: boolean;
            /**
             * Внешний ключ
             * @description Ключ записи во внешней системе или таблице; делает повторный импорт безопасным.
             */
            import_key?: string | null;
            /**
             * Влияние
             * Format: double
             */
            readonly influence_score: number | null;
            /** Место */
            readonly influence_rank: number | null;
            /** Изменение места */
            readonly influence_rank_delta: number | null;
            /** Format: date-time */
            readonly last_interaction_at: string | null;
            readonly open_task_count: number;
            readonly overdue_task_count: number;
            readonly accounts: components["schemas"]["SocialAccountBrief"][];
            readonly merged_into: number | null;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Изменён
             * Format: date-time
             */
            readonly updated_at: string;
        };
        BloggerBrief: {
            readonly id: number;
            /** Имя в сети */
            readonly display_name: string;
            territory?: components["schemas"]["TerritoryBrief"] | null;
            /**
             * Влияние
             * Format: double
             */
            readonly influence_score: number | null;
            /** Место */
            readonly influence_rank: number | null;
        };
        BloggerBriefRequest: {
            territory?: number | null;
        };
        /** @description What a merge moves (``dry_run``: would move) from ``source`` into ``target``. */
        BloggerMerge: {
            dry_run: boolean;
            readonly source: components["schemas"]["BloggerBrief"];
            readonly target: components["schemas"]["BloggerBrief"];
            readonly accounts: components["schemas"]["SocialAccountBrief"][];
            interactions: number;
            followups: number;
            open_followups: number;
            campaigns: components["schemas"]["MergeCampaign"][];
            fields_filled: string[];
            topics_added: string[];
            notes_appended: boolean;
        };
        BloggerOrBrief: components["schemas"]["Blogger"] | components["schemas"]["BloggerBrief"];
        BloggerRequest: {
            /** Имя в сети */
            display_name: string;
            /**
             * ФИО
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            real_name?: string;
            /**
             * Телефон
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            phone?: string;
            /**
             * E-mail
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            email?: string;
            /** Описание */
            description?: string;
            territory?: number | null;
            topics?: number[];
            /** Позиция */
            stance?: components["schemas"]["StanceEnum"];
            /** Этап отношений */
            stage?: components["schemas"]["BloggerStageEnum"];
            /** Уровень */
            tier?: components["schemas"]["TierEnum"];
            owner?: number | null;
            /** Заметки */
            notes?: string;
            /** В архиве */
            is_archived?: boolean;
            /**
             * Внешний ключ
             * @description Ключ записи во внешней системе или таблице; делает повторный импорт безопасным.
             */
            import_key?: string | null;
            /** @description Ссылки на аккаунты блогера (только при создании). */
            account_urls?: string[];
        };
        /**
         * @description * `new` - новый
         *     * `contacted` - установлен контакт
         *     * `engaged` - взаимодействуем
         *     * `partner` - партнёр
         *     * `paused` - пауза
         *     * `declined` - отказался
         * @enum {string}
         */
        BloggerStageEnum: "new" | "contacted" | "engaged" | "partner" | "paused" | "declined";
        Campaign: {
            readonly id: number;
            /** Название */
            title: string;
            /** Описание */
            description?: string;
            topic?: components["schemas"]["TopicBrief"] | null;
            /**
             * Начало
             * Format: date
             */
            starts_on: string;
            /**
             * Окончание
             * Format: date
             */
            ends_on: string;
            /** Цель */
            goal?: string;
            /**
             * Цель: публикаций
             * Format: int64
             */
            goal_publications?: number | null;
            /**
             * Цель: репостов
             * Format: int64
             */
            goal_reposts?: number | null;
            /**
             * Цель: упоминаний
             * Format: int64
             */
            goal_mentions?: number | null;
            /**
             * Цель: охват
             * Format: int64
             */
            goal_reach?: number | null;
            import_key?: string | null;
            readonly created_by: components["schemas"]["UserBrief"] | null;
            /**
             * Создана
             * Format: date-time
             */
            readonly created_at: string;
            readonly participant_count: number;
        };
        CampaignBrief: {
            readonly id: number;
            /** Название */
            readonly title: string;
            /**
             * Начало
             * Format: date
             */
            readonly starts_on: string;
            /**
             * Окончание
             * Format: date
             */
            readonly ends_on: string;
        };
        CampaignGoal: {
            metric: components["schemas"]["MetricEnum"];
            goal: number | null;
            value: number;
            /**
             * Format: double
             * @description value / goal
             */
            progress: number | null;
        };
        CampaignOrBrief: components["schemas"]["Campaign"] | components["schemas"]["CampaignBrief"];
        CampaignParticipant: {
            readonly id: number;
            campaign: components["schemas"]["CampaignBrief"];
            blogger: components["schemas"]["BloggerBrief"];
            /** Статус */
            status?: components["schemas"]["ParticipantStatusEnum"];
            /** Заметки */
            notes?: string;
            /**
             * Изменён
             * Format: date-time
             */
            readonly updated_at: string;
        };
        CampaignParticipantBrief: {
            readonly id: number;
            /** Статус */
            readonly status: components["schemas"]["ParticipantStatusEnum"];
        };
        CampaignParticipantCounts: {
            invited: number;
            agreed: number;
            published: number;
            declined: number;
        };
        CampaignParticipantOrBrief: components["schemas"]["CampaignParticipant"] | components["schemas"]["CampaignParticipantBrief"];
        CampaignParticipantRequest: {
            campaign: number;
            blogger: number;
            /** Статус */
            status?: components["schemas"]["ParticipantStatusEnum"];
            /** Заметки */
            notes?: string;
        };
        CampaignPublication: {
            readonly id: number;
            participant: components["schemas"]["CampaignParticipantBrief"];
            readonly campaign: number;
            readonly blogger: components["schemas"]["BloggerBrief"];
            /**
             * Ссылка на публикацию
             * Format: uri
             */
            url: string;
            /** @description Аккаунт, где вышла публикация; по умолчанию — аккаунт участника из ссылки. */
            account?: components["schemas"]["SocialAccountBrief"] | null;
            /**
             * Опубликовано
             * Format: date-time
             */
            published_at?: string | null;
        };
        CampaignPublicationBrief: {
            readonly id: number;
            /**
             * Ссылка на публикацию
             * Format: uri
             */
            readonly url: string;
            /**
             * Опубликовано
             * Format: date-time
             */
            readonly published_at: string | null;
        };
        CampaignPublicationOrBrief: components["schemas"]["CampaignPublication"] | components["schemas"]["CampaignPublicationBrief"];
        CampaignPublicationRequest: {
            participant: number;
            /**
             * Ссылка на публикацию
             * Format: uri
             */
            url: string;
            /** @description Аккаунт, где вышла публикация; по умолчанию — аккаунт участника из ссылки. */
            account?: number | null;
            /**
             * Опубликовано
             * Format: date-time
             */
            published_at?: string | null;
        };
        CampaignPublicationResult: {
            id: number;
            url: string;
            /** Format: date-time */
            published_at: string | null;
            readonly blogger: components["schemas"]["BloggerBrief"];
            readonly account: components["schemas"]["SocialAccountBrief"] | null;
            /** @description Запись в данных графа. */
            post: number | null;
            views: number | null;
            likes: number | null;
            reposts: number;
            reposters: number;
            reach: number;
        };
        CampaignRequest: {
            /** Название */
            title: string;
            /** Описание */
            description?: string;
            topic?: number | null;
            /**
             * Начало
             * Format: date
             */
            starts_on: string;
            /**
             * Окончание
             * Format: date
             */
            ends_on: string;
            /** Цель */
            goal?: string;
            /**
             * Цель: публикаций
             * Format: int64
             */
            goal_publications?: number | null;
            /**
             * Цель: репостов
             * Format: int64
             */
            goal_reposts?: number | null;
            /**
             * Цель: упоминаний
             * Format: int64
             */
            goal_mentions?: number | null;
            /**
             * Цель: охват
             * Format: int64
             */
            goal_reach?: number | null;
            import_key?: string | null;
        };
        CampaignResults: {
            campaign: number;
            participants: components["schemas"]["CampaignParticipantCounts"];
            totals: components["schemas"]["CampaignTotals"];
            goals: components["schemas"]["CampaignGoal"][];
            /** Format: date-time */
            mentions_since: string;
            /** Format: date-time */
            mentions_until: string;
            publications: components["schemas"]["CampaignPublicationResult"][];
        };
        CampaignTotals: {
            publications: number;
            /** @description Публикации, найденные в данных графа. */
            matched: number;
            reposts: number;
            reposters: number;
            mentions: number;
            reach: number;
            views: number;
        };
        CascadeGraph: {
            /** @description расчёт, из которого взяты оценки узлов */
            run: components["schemas"]["InfluenceRunBrief"] | null;
            nodes: components["schemas"]["GraphNode"][];
            edges: components["schemas"]["GraphEdge"][];
            post_id: number;
            author_id: number;
            /** Format: date-time */
            published_at: string | null;
            steps: components["schemas"]["CascadeStep"][];
        };
        CascadeStep: {
            account_id: number;
            /** Format: date-time */
            at: string;
            weight: number;
        };
        Cluster: {
            /** @description номер сообщества в расчёте */
            number: number;
            label: string;
            /** @description аккаунтов (подходящих под фильтры) */
            size: number;
            /** Format: double */
            score_sum: number;
            /**
             * Format: double
             * @description вес связей внутри сообщества
             */
            inner_weight: number;
            /** @description самые влиятельные участники */
            top: components["schemas"]["ClusterMember"][];
        };
        ClusterEdge: {
            /** @description номер сообщества */
            source: number;
            /** @description номер сообщества */
            target: number;
            /** Format: double */
            weight: number;
            reposts: number;
            mentions: number;
            /** @description сколько связей между аккаунтами сложено */
            pairs: number;
        };
        ClusterMember: {
            /** @description SocialAccount id */
            id: number;
            label: string;
            /** Format: double */
            score: number | null;
            rank: number | null;
            blogger_id: number | null;
        };
        ClustersGraph: {
            run: components["schemas"]["InfluenceRunBrief"] | null;
            clusters: components["schemas"]["Cluster"][];
            edges: components["schemas"]["ClusterEdge"][];
            total_nodes: number;
            total_edges: number;
        };
        Community: {
            /** Номер */
            readonly number: number;
            /** Название */
            readonly label: string;
            /** Размер */
            readonly size: number;
            central_account: components["schemas"]["SocialAccountBrief"] | null;
        };
        CommunityMember: {
            account: components["schemas"]["SocialAccountBrief"];
            blogger_id: number | null;
            /**
             * Влияние, 0–100
             * Format: double
             */
            readonly score: number;
            /** Место */
            readonly rank: number;
            /**
             * Перцентиль
             * Format: double
             */
            readonly percentile: number;
            /** Изменение места */
            readonly rank_delta: number | null;
        };
        Contributor: {
            account_id: number;
            name: string;
            /**
             * Format: double
             * @description доля входящего влияния от этого аккаунта
             */
            share: number;
        };
        CoordinationGroup: {
            number: number;
            size: number;
            /** @description записей, усиленных вместе */
            items: number;
            /** @description согласованных всплесков */
            bursts: number;
            /** Format: double */
            mean_inauthenticity: number;
            targets: components["schemas"]["CoordinationTarget"][];
        };
        CoordinationMark: {
            readonly id: number;
            readonly account: components["schemas"]["SocialAccountBrief"];
            /** Решение */
            readonly verdict: components["schemas"]["CoordinationMarkVerdictEnum"];
            /** Комментарий */
            readonly note: string;
            readonly marked_by: string | null;
            /**
             * Когда
             * Format: date-time
             */
            readonly marked_at: string;
        };
        CoordinationMarkRequestRequest: {
            /** @description id аккаунтов (например, все участники группы) */
            accounts: number[];
            /**
             * @description genuine — подлинный, inauthentic — неподлинный, clear — снять отметку
             *
             *     * `genuine` - genuine
             *     * `inauthentic` - inauthentic
             *     * `clear` - clear
             */
            verdict: components["schemas"]["CoordinationMarkRequestVerdictEnum"];
            /** @default  */
            note: string;
        };
        /**
         * @description * `genuine` - genuine
         *     * `inauthentic` - inauthentic
         *     * `clear` - clear
         * @enum {string}
         */
        CoordinationMarkRequestVerdictEnum: "genuine" | "inauthentic" | "clear";
        /**
         * @description * `genuine` - подлинный
         *     * `inauthentic` - неподлинный
         * @enum {string}
         */
        CoordinationMarkVerdictEnum: "genuine" | "inauthentic";
        CoordinationMember: {
            account: components["schemas"]["SocialAccountBrief"];
            blogger_id: number | null;
            /** Место */
            readonly rank: number;
            /**
             * Влияние, 0–100
             * Format: double
             */
            readonly score: number;
            /**
             * Неподлинность, 0–1
             * Format: double
             */
            readonly inauthenticity: number;
            /** Признаки неподлинности */
            readonly signals: unknown;
            /** @description отметка сотрудника: genuine / inauthentic */
            readonly mark: string | null;
        };
        CoordinationNote: {
            /**
             * Format: double
             * @description очки, снятые скидкой (≤ 0; 0 — только обнаружение)
             */
            points: number;
            /**
             * Format: double
             * @description доля усилений аккаунта от согласованных групп
             */
            share: number;
            /** @description номер группы, давшей больше всего усилений */
            group: number;
            /** @description аккаунтов в этой группе */
            group_size: number;
        };
        CoordinationTarget: {
            account_id: number;
            name: string;
            /**
             * Format: double
             * @description доля усилений группы, доставшаяся аккаунту
             */
            share: number;
        };
        Csrf: {
            csrfToken: string;
        };
        /**
         * @description * `edges` - связи
         *     * `posts` - посты
         * @enum {string}
         */
        DataEnum: "edges" | "posts";
        /**
         * @description * `in` - входящее
         *     * `out` - исходящее
         * @enum {string}
         */
        DirectionEnum: "in" | "out";
        /**
         * @description A rejected row: ``reason`` in English, ``code`` and ``params`` for the interface
         *     to word it in its language (codes: ``graph.ingest.edges``).
         */
        EdgeImportError: {
            /** Строка */
            readonly line_no: number;
            /** Код */
            readonly code: string;
            /** @description значения для текста причины */
            readonly params: {
                [key: string]: unknown;
            };
            /** Причина */
            readonly reason: string;
        };
        EdgeImportJob: {
            readonly id: number;
            /** Статус */
            readonly status: components["schemas"]["JobStatusEnum"];
            /** Данные */
            readonly data: components["schemas"]["DataEnum"];
            /** Прогресс, % */
            readonly progress: number;
            /** Файл */
            readonly filename: string;
            /** Формат */
            readonly format: string;
            /** Платформа */
            readonly platform: string;
            /** Тип связей */
            readonly kind: string;
            /**
             * Время связей списка
             * Format: date-time
             */
            readonly occurred_at: string | null;
            /** Размер, байт */
            readonly size: number;
            /** Прочитано строк */
            readonly rows_read: number;
            /** Создано */
            readonly rows_created: number;
            /** Уже были */
            readonly rows_present: number;
            /** Отклонено */
            readonly rows_rejected: number;
            /** Новых аккаунтов */
            readonly new_accounts: number;
            /** Ошибка */
            readonly error: string;
            /** Код ошибки */
            readonly error_code: string;
            readonly error_params: {
                [key: string]: unknown;
            };
            readonly created_by: string | null;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Начат
             * Format: date-time
             */
            readonly started_at: string | null;
            /**
             * Завершён
             * Format: date-time
             */
            readonly finished_at: string | null;
        };
        EdgeImportJobBrief: {
            readonly id: number;
            /** Статус */
            readonly status: components["schemas"]["JobStatusEnum"];
            /** Прогресс, % */
            readonly progress: number;
            /** Файл */
            readonly filename: string;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
        };
        EdgeImportJobOrBrief: components["schemas"]["EdgeImportJob"] | components["schemas"]["EdgeImportJobBrief"];
        /**
         * @description * `csv` - csv
         *     * `jsonl` - jsonl
         *     * `edgelist` - edgelist
         * @enum {string}
         */
        EdgeImportUploadFormatEnum: "csv" | "jsonl" | "edgelist";
        EdgeImportUploadRequest: {
            /**
             * Format: binary
             * @description CSV, JSON lines или список рёбер (UTF-8)
             */
            file: string;
            /**
             * @description по умолчанию — по расширению файла
             *
             *     * `csv` - csv
             *     * `jsonl` - jsonl
             *     * `edgelist` - edgelist
             */
            format?: components["schemas"]["EdgeImportUploadFormatEnum"];
            /** @default vk */
            platform: components["schemas"]["PlatformEnum"];
            /**
             * @description обязателен для edgelist; для csv/jsonl — тип строк без kind
             *
             *     * `repost` - repost
             *     * `mention` - mention
             */
            kind?: components["schemas"]["EdgeKindEnum"];
            /**
             * Format: date-time
             * @description время всех связей списка рёбер (по умолчанию — сейчас)
             */
            occurred_at?: string;
        };
        /**
         * @description * `repost` - repost
         *     * `mention` - mention
         * @enum {string}
         */
        EdgeKindEnum: "repost" | "mention";
        EgoGraph: {
            /** @description расчёт, из которого взяты оценки узлов */
            run: components["schemas"]["InfluenceRunBrief"] | null;
            nodes: components["schemas"]["GraphNode"][];
            edges: components["schemas"]["GraphEdge"][];
            center: number;
            depth: number;
            truncated: boolean;
        };
        Erasure: {
            blogger: number;
            fields: string[];
            /** Format: date-time */
            erased_at: string;
            erased_by: string;
        };
        ExplainedAccount: {
            score: components["schemas"]["AccountScore"];
            contributors: components["schemas"]["Contributor"][];
        };
        Explanation: {
            run: components["schemas"]["InfluenceRunBrief"];
            blogger_score: components["schemas"]["LeaderboardRow"];
            community: components["schemas"]["Community"] | null;
            accounts: components["schemas"]["ExplainedAccount"][];
        };
        FollowUp: {
            readonly id: number;
            blogger: components["schemas"]["BloggerBrief"];
            /** Задача */
            title: string;
            /**
             * Срок
             * Format: date
             */
            due_date: string;
            assignee?: components["schemas"]["UserBrief"] | null;
            /** Статус */
            status?: components["schemas"]["FollowUpStatusEnum"];
            interaction?: components["schemas"]["InteractionBrief"] | null;
            /** Заметки */
            notes?: string;
            /**
             * Выполнена
             * Format: date-time
             */
            readonly completed_at: string | null;
            /**
             * Создана
             * Format: date-time
             */
            readonly created_at: string;
            readonly is_overdue: boolean;
        };
        FollowUpBrief: {
            readonly id: number;
            /** Задача */
            readonly title: string;
            /**
             * Срок
             * Format: date
             */
            readonly due_date: string;
            /** Статус */
            readonly status: components["schemas"]["FollowUpStatusEnum"];
        };
        FollowUpOrBrief: components["schemas"]["FollowUp"] | components["schemas"]["FollowUpBrief"];
        FollowUpRequest: {
            blogger: number;
            /** Задача */
            title: string;
            /**
             * Срок
             * Format: date
             */
            due_date: string;
            assignee?: number | null;
            /** Статус */
            status?: components["schemas"]["FollowUpStatusEnum"];
            interaction?: number | null;
            /** Заметки */
            notes?: string;
        };
        /**
         * @description * `open` - открыта
         *     * `done` - выполнена
         *     * `cancelled` - отменена
         * @enum {string}
         */
        FollowUpStatusEnum: "open" | "done" | "cancelled";
        GraphEdge: {
            source: number;
            target: number;
            /**
             * Format: double
             * @description репосты × вес репоста + упоминания × вес упоминания
             */
            weight: number;
            reposts: number;
            mentions: number;
            /** Format: date-time */
            first_at: string | null;
            /** Format: date-time */
            last_at: string | null;
        };
        GraphNode: {
            /** @description SocialAccount id */
            id: number;
            label: string;
            platform: string;
            external_id: string;
            screen_name: string;
            kind: string;
            followers: number | null;
            blogger_id: number | null;
            /** Format: double */
            score: number | null;
            rank: number | null;
            community: number | null;
            community_label: string | null;
            /**
             * Format: double
             * @description неподлинность, 0–1
             */
            inauthenticity: number | null;
            /** @description номер согласованной группы в расчёте */
            coordination_group: number | null;
        };
        HistoryRow: {
            run: components["schemas"]["InfluenceRunBrief"];
            account: components["schemas"]["SocialAccountBrief"];
            /**
             * Влияние, 0–100
             * Format: double
             */
            readonly score: number;
            /** Место среди блогеров */
            readonly rank: number;
            readonly previous_rank: number | null;
            /** Изменение места */
            readonly rank_delta: number | null;
            /**
             * Изменение влияния
             * Format: double
             */
            readonly score_delta: number | null;
        };
        /**
         * @description An incident with its workflow: state (and where it may go next), priority,
         *     assignee, the recorded answer, deadlines in working time and whether they are
         *     missed (a stopped timer is judged at the moment it stopped).
         */
        Incident: {
            readonly id: number;
            /** Заголовок */
            readonly title: string;
            readonly topic: components["schemas"]["IncidentTopic"] | null;
            readonly territory: components["schemas"]["IncidentTerritory"] | null;
            /** Состояние */
            readonly state: components["schemas"]["IncidentStateEnum"];
            readonly allowed_transitions: string[];
            /** Открыт */
            readonly is_open: boolean;
            /** Приоритет */
            readonly priority: components["schemas"]["IncidentPriorityEnum"];
            readonly assignee: components["schemas"]["IncidentUser"] | null;
            /** Дубликат инцидента */
            readonly duplicate_of: number | null;
            /**
             * Первая запись
             * Format: date-time
             */
            readonly started_at: string;
            /**
             * Обнаружен
             * Format: date-time
             */
            readonly detected_at: string;
            /**
             * Последняя запись
             * Format: date-time
             */
            readonly last_post_at: string;
            /**
             * Серьёзность
             * Format: double
             */
            readonly severity: number;
            /**
             * Значимость
             * Format: double
             */
            readonly significance: number;
            /**
             * Доля негатива
             * Format: double
             */
            readonly negative_share: number;
            /**
             * Охват
             * Format: double
             */
            readonly reach: number;
            /** Записей */
            readonly post_count: number;
            /** Авторов */
            readonly author_count: number;
            /**
             * Ссылка на ответ
             * Format: uri
             */
            readonly response_url: string;
            /** Текст ответа */
            readonly response_text: string;
            /**
             * Срок первого ответа
             * Format: date-time
             */
            readonly first_response_due: string | null;
            /**
             * Срок решения
             * Format: date-time
             */
            readonly resolution_due: string | null;
            /**
             * Первый ответ
             * Format: date-time
             */
            readonly first_response_at: string | null;
            /**
             * Решён
             * Format: date-time
             */
            readonly resolved_at: string | null;
            readonly first_response_overdue: boolean;
            readonly resolution_overdue: boolean;
            /**
             * Эскалация срока ответа
             * Format: date-time
             */
            readonly first_response_escalated_at: string | null;
            /**
             * Эскалация срока решения
             * Format: date-time
             */
            readonly resolution_escalated_at: string | null;
            /** Версия */
            readonly version: number;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Изменён
             * Format: date-time
             */
            readonly updated_at: string;
        };
        /**
         * @description An incident with its workflow: state (and where it may go next), priority,
         *     assignee, the recorded answer, deadlines in working time and whether they are
         *     missed (a stopped timer is judged at the moment it stopped).
         */
        IncidentBrief: {
            readonly id: number;
            /** Заголовок */
            readonly title: string;
            /** Состояние */
            readonly state: components["schemas"]["IncidentStateEnum"];
            /**
             * Серьёзность
             * Format: double
             */
            readonly severity: number;
            /**
             * Обнаружен
             * Format: date-time
             */
            readonly detected_at: string;
        };
        IncidentBulkAssignRequest: {
            ids: number[];
            assignee: number | null;
        };
        IncidentBulkAssignResult: {
            changed: number;
        };
        IncidentComment: {
            readonly id: number;
            readonly author: components["schemas"]["UserBrief"] | null;
            /** @description Для ролей без доступа к персональным данным поле отсутствует. */
            text: string;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
        };
        IncidentCommentRequest: {
            /** @description Для ролей без доступа к персональным данным поле отсутствует. */
            text: string;
        };
        IncidentEvent: {
            readonly id: number;
            /** Событие */
            readonly kind: components["schemas"]["IncidentEventKindEnum"];
            /** Из состояния */
            readonly from_state: string;
            /** В состояние */
            readonly to_state: string;
            readonly actor: components["schemas"]["UserBrief"] | null;
            /**
             * Когда
             * Format: date-time
             */
            readonly at: string;
            readonly data: {
                [key: string]: unknown;
            };
        };
        /**
         * @description * `transition` - смена состояния
         *     * `assign` - назначение
         *     * `priority` - приоритет
         *     * `escalation` - эскалация
         * @enum {string}
         */
        IncidentEventKindEnum: "transition" | "assign" | "priority" | "escalation";
        IncidentMessengers: {
            /**
             * @description community — по сообществам, которых достиг инцидент; territory — по его территории (нет расчёта влияния или охваченных сообществ)
             *
             *     * `community` - community
             *     * `territory` - territory
             */
            basis: components["schemas"]["BasisEnum"];
            reached_communities: number[];
            messengers: components["schemas"]["Messenger"][];
        };
        IncidentMetrics: {
            incidents: number;
            answered: number;
            /**
             * Format: double
             * @description рабочие часы от обнаружения до первого ответа, медиана
             */
            first_response_median_hours: number | null;
            /** Format: double */
            first_response_p90_hours: number | null;
            /**
             * Format: double
             * @description доля ответов в срок (0–1) среди тех, чей срок наступил
             */
            first_response_on_time: number | null;
            /** Format: double */
            resolution_on_time: number | null;
            /** @description идущие таймеры с прошедшим сроком */
            overdue_now: number;
        };
        IncidentMetricsReport: {
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            until: string;
            group_by: string;
            total: components["schemas"]["IncidentMetrics"];
            rows: components["schemas"]["IncidentMetricsRow"][];
        };
        IncidentMetricsRow: {
            incidents: number;
            answered: number;
            /**
             * Format: double
             * @description рабочие часы от обнаружения до первого ответа, медиана
             */
            first_response_median_hours: number | null;
            /** Format: double */
            first_response_p90_hours: number | null;
            /**
             * Format: double
             * @description доля ответов в срок (0–1) среди тех, чей срок наступил
             */
            first_response_on_time: number | null;
            /** Format: double */
            resolution_on_time: number | null;
            /** @description идущие таймеры с прошедшим сроком */
            overdue_now: number;
            /** @description id сотрудника, территории или темы; неделя: дата понедельника */
            key: unknown;
            label: string;
        };
        IncidentOrBrief: components["schemas"]["Incident"] | components["schemas"]["IncidentBrief"];
        /**
         * @description * `urgent` - срочный
         *     * `high` - высокий
         *     * `normal` - обычный
         * @enum {string}
         */
        IncidentPriorityEnum: "urgent" | "high" | "normal";
        IncidentSpread: {
            origin: components["schemas"]["SpreadOrigin"] | null;
            totals: components["schemas"]["SpreadTotals"];
            timeline: components["schemas"]["SpreadHour"][];
            cascade: components["schemas"]["SpreadEvent"][];
            cascade_truncated: boolean;
            amplifiers: components["schemas"]["SpreadAmplifier"][];
            communities: components["schemas"]["SpreadCommunity"][];
            bloggers: components["schemas"]["SpreadInvolvedBlogger"][];
        };
        /**
         * @description * `new` - новый
         *     * `in_work` - в работе
         *     * `answered` - дан ответ
         *     * `closed` - закрыт
         *     * `not_ours` - не наш
         *     * `duplicate` - дубликат
         *     * `false_alarm` - ложная тревога
         * @enum {string}
         */
        IncidentStateEnum: "new" | "in_work" | "answered" | "closed" | "not_ours" | "duplicate" | "false_alarm";
        IncidentTerritory: {
            readonly id: number;
            readonly name: string;
            readonly kind: string;
        };
        IncidentTopic: {
            readonly id: number;
            readonly name: string;
        };
        IncidentTransitionRequest: {
            /**
             * @description новое состояние
             *
             *     * `new` - новый
             *     * `in_work` - в работе
             *     * `answered` - дан ответ
             *     * `closed` - закрыт
             *     * `not_ours` - не наш
             *     * `duplicate` - дубликат
             *     * `false_alarm` - ложная тревога
             */
            to: components["schemas"]["IncidentStateEnum"];
            /** @description версия, которую видел клиент (иначе 409) */
            version?: number;
            /** @description answered: ссылка на ответ */
            response_url?: string;
            /** @description answered: текст ответа */
            response_text?: string;
            /**
             * Format: int64
             * @description duplicate: id оригинала
             */
            duplicate_of?: number;
            note?: string;
        };
        IncidentUser: {
            readonly id: number;
            readonly username: string;
            readonly full_name: string;
        };
        InfluenceRun: {
            readonly id: number;
            /** Статус */
            readonly status: components["schemas"]["JobStatusEnum"];
            /** Этап */
            readonly stage: components["schemas"]["InfluenceStageEnum"];
            /** Прогресс, % */
            readonly progress: number;
            /** Запуск */
            readonly trigger: string;
            readonly triggered_by: string | null;
            /** Граф */
            readonly backend: string;
            /** Параметры */
            readonly parameters: unknown;
            /**
             * Окно с
             * Format: date-time
             */
            readonly window_start: string | null;
            /**
             * Окно по
             * Format: date-time
             */
            readonly window_end: string | null;
            /** Аккаунтов */
            readonly node_count: number;
            /** Связей */
            readonly edge_count: number;
            /** Сообществ */
            readonly community_count: number;
            /** Согласованное усиление */
            readonly coordination: unknown;
            /** Время этапов, с */
            readonly timings: unknown;
            /** Ошибка */
            readonly error: string;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Начат
             * Format: date-time
             */
            readonly started_at: string | null;
            /**
             * Завершён
             * Format: date-time
             */
            readonly finished_at: string | null;
        };
        InfluenceRunBrief: {
            readonly id: number;
            /** Статус */
            readonly status: components["schemas"]["JobStatusEnum"];
            /** Этап */
            readonly stage: components["schemas"]["InfluenceStageEnum"];
            /** Прогресс, % */
            readonly progress: number;
            /**
             * Создан
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Завершён
             * Format: date-time
             */
            readonly finished_at: string | null;
        };
        InfluenceRunOrBrief: components["schemas"]["InfluenceRun"] | components["schemas"]["InfluenceRunBrief"];
        /**
         * @description * `queued` - в очереди
         *     * `loading` - загрузка графа
         *     * `ranking` - расчёт
         *     * `saving` - сохранение
         *     * `writeback` - запись в граф
         *     * `done` - готово
         * @enum {string}
         */
        InfluenceStageEnum: "queued" | "loading" | "ranking" | "saving" | "writeback" | "done";
        Interaction: {
            readonly id: number;
            blogger: components["schemas"]["BloggerBrief"];
            /** Тип */
            type: components["schemas"]["TypeEnum"];
            /** Направление */
            direction: components["schemas"]["DirectionEnum"];
            /**
             * Когда
             * Format: date-time
             */
            occurred_at?: string;
            /** Содержание */
            summary: string;
            /** Результат */
            outcome?: string;
            /** Тональность */
            sentiment?: components["schemas"]["SentimentEnum"];
            campaign?: components["schemas"]["CampaignBrief"] | null;
            readonly author: components["schemas"]["UserBrief"] | null;
            /**
             * Создано
             * Format: date-time
             */
            readonly created_at: string;
        };
        InteractionBrief: {
            readonly id: number;
            /** Тип */
            readonly type: components["schemas"]["TypeEnum"];
            /** Направление */
            readonly direction: components["schemas"]["DirectionEnum"];
            /**
             * Когда
             * Format: date-time
             */
            readonly occurred_at: string;
        };
        InteractionOrBrief: components["schemas"]["Interaction"] | components["schemas"]["InteractionBrief"];
        InteractionRequest: {
            blogger: number;
            /** Тип */
            type: components["schemas"]["TypeEnum"];
            /** Направление */
            direction: components["schemas"]["DirectionEnum"];
            /**
             * Когда
             * Format: date-time
             */
            occurred_at?: string;
            /** Содержание */
            summary: string;
            /** Результат */
            outcome?: string;
            /** Тональность */
            sentiment?: components["schemas"]["SentimentEnum"];
            campaign?: number | null;
            /** @description Создать задачу по итогам. */
            followup_title?: string;
            /** Format: date */
            followup_due?: string;
        };
        /**
         * @description * `pending` - в очереди
         *     * `running` - выполняется
         *     * `succeeded` - завершён
         *     * `failed` - ошибка
         * @enum {string}
         */
        JobStatusEnum: "pending" | "running" | "succeeded" | "failed";
        /**
         * @description * `region` - регион
         *     * `urban_okrug` - городской округ
         *     * `municipal_district` - муниципальный район
         *     * `municipal_okrug` - муниципальный округ
         *     * `settlement` - поселение
         * @enum {string}
         */
        KindEnum: "region" | "urban_okrug" | "municipal_district" | "municipal_okrug" | "settlement";
        /**
         * @description * `needs_response` - нужен ответ
         *     * `off_topic` - не по теме
         *     * `positive` - позитив
         * @enum {string}
         */
        LabelEnum: "needs_response" | "off_topic" | "positive";
        LeaderboardRow: {
            readonly id: number;
            blogger: components["schemas"]["BloggerBrief"];
            account: components["schemas"]["SocialAccountBrief"];
            /**
             * Влияние, 0–100
             * Format: double
             */
            readonly score: number;
            /** Место среди блогеров */
            readonly rank: number;
            /** Место аккаунта */
            readonly account_rank: number;
            readonly previous_rank: number | null;
            /** Изменение места */
            readonly rank_delta: number | null;
            /**
             * Изменение влияния
             * Format: double
             */
            readonly score_delta: number | null;
        };
        LoginRequest: {
            username: string;
            password: string;
        };
        LoginResponse: {
            user: components["schemas"]["Me"];
        };
        Me: {
            id: number;
            username: string;
            readonly full_name: string;
            readonly role: components["schemas"]["RoleEnum"];
            readonly permissions: components["schemas"]["Permissions"];
        };
        MergeCampaign: {
            campaign: number;
            title: string;
            status: components["schemas"]["ParticipantStatusEnum"];
            /** @description Оба участвуют: записи объединяются. */
            shared: boolean;
            publications: number;
        };
        MergeIntoRequest: {
            /** @description Запись, которая остаётся; блогер из адреса переходит в неё и уходит в архив. */
            into: number;
            /**
             * @description Только показать, что переместится; ничего не менять.
             * @default false
             */
            dry_run: boolean;
        };
        Messenger: {
            blogger: components["schemas"]["SpreadBlogger"];
            account: components["schemas"]["SpreadAccount"];
            community: number | null;
            community_label: string;
            reach: number;
            /** Format: double */
            score: number | null;
        };
        /**
         * @description * `publications` - publications
         *     * `reposts` - reposts
         *     * `mentions` - mentions
         *     * `reach` - reach
         * @enum {string}
         */
        MetricEnum: "publications" | "reposts" | "mentions" | "reach";
        Mover: {
            blogger: components["schemas"]["BloggerBrief"];
            rank: number;
            previous_rank: number | null;
            /** @description на сколько мест поднялся (отрицательное — упал) */
            delta: number;
            /** Format: double */
            score: number;
        };
        Movers: {
            run: components["schemas"]["InfluenceRunBrief"] | null;
            since: components["schemas"]["InfluenceRunBrief"] | null;
            risers: components["schemas"]["Mover"][];
            fallers: components["schemas"]["Mover"][];
        };
        /** @enum {unknown} */
        NullEnum: null;
        OverviewGraph: {
            /** @description расчёт, из которого взяты оценки узлов */
            run: components["schemas"]["InfluenceRunBrief"] | null;
            nodes: components["schemas"]["GraphNode"][];
            edges: components["schemas"]["GraphEdge"][];
            total_nodes: number;
            total_edges: number;
            truncated_nodes: boolean;
            truncated_edges: boolean;
        };
        PaginatedAlertList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Alert"][];
        };
        PaginatedApiTokenList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["ApiToken"][];
        };
        PaginatedBloggerOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["BloggerOrBrief"][];
        };
        PaginatedCampaignOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CampaignOrBrief"][];
        };
        PaginatedCampaignParticipantOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CampaignParticipantOrBrief"][];
        };
        PaginatedCampaignPublicationOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CampaignPublicationOrBrief"][];
        };
        PaginatedCommunityList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Community"][];
        };
        PaginatedCommunityMemberList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CommunityMember"][];
        };
        PaginatedCoordinationGroupList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CoordinationGroup"][];
        };
        PaginatedCoordinationMarkList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CoordinationMark"][];
        };
        PaginatedCoordinationMemberList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["CoordinationMember"][];
        };
        PaginatedEdgeImportErrorList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["EdgeImportError"][];
        };
        PaginatedEdgeImportJobOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["EdgeImportJobOrBrief"][];
        };
        PaginatedFollowUpOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["FollowUpOrBrief"][];
        };
        PaginatedHistoryRowList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["HistoryRow"][];
        };
        PaginatedIncidentOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["IncidentOrBrief"][];
        };
        PaginatedInfluenceRunOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["InfluenceRunOrBrief"][];
        };
        PaginatedInteractionOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["InteractionOrBrief"][];
        };
        PaginatedLeaderboardRowList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["LeaderboardRow"][];
        };
        PaginatedPostList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["Post"][];
        };
        PaginatedSocialAccountOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["SocialAccountOrBrief"][];
        };
        PaginatedSubscriptionOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["SubscriptionOrBrief"][];
        };
        PaginatedTerritoryOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["TerritoryOrBrief"][];
        };
        PaginatedTopicOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["TopicOrBrief"][];
        };
        PaginatedUserList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["User"][];
        };
        PaginatedVkAccountStatusOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["VkAccountStatusOrBrief"][];
        };
        PaginatedWatchTopicOrBriefList: {
            /** @example 123 */
            count: number;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=4
             */
            next?: string | null;
            /**
             * Format: uri
             * @example http://api.example.org/accounts/?page=2
             */
            previous?: string | null;
            results: components["schemas"]["WatchTopicOrBrief"][];
        };
        /**
         * @description * `invited` - приглашён
         *     * `agreed` - согласился
         *     * `published` - опубликовал
         *     * `declined` - отказался
         * @enum {string}
         */
        ParticipantStatusEnum: "invited" | "agreed" | "published" | "declined";
        PatchedBloggerRequest: {
            /** Имя в сети */
            display_name?: string;
            /**
             * ФИО
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            real_name?: string;
            /**
             * Телефон
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            phone?: string;
            /**
             * E-mail
             * @description Персональные данные (152-ФЗ): есть в ответе и принимаются только для ролей с доступом к персональным данным (admin, officer, analyst); для остальных поле отсутствует.
             */
            email?: string;
            /** Описание */
            description?: string;
            territory?: number | null;
            topics?: number[];
            /** Позиция */
            stance?: components["schemas"]["StanceEnum"];
            /** Этап отношений */
            stage?: components["schemas"]["BloggerStageEnum"];
            /** Уровень */
            tier?: components["schemas"]["TierEnum"];
            owner?: number | null;
            /** Заметки */
            notes?: string;
            /** В архиве */
            is_archived?: boolean;
            /**
             * Внешний ключ
             * @description Ключ записи во внешней системе или таблице; делает повторный импорт безопасным.
             */
            import_key?: string | null;
            /** @description Ссылки на аккаунты блогера (только при создании). */
            account_urls?: string[];
        };
        PatchedCampaignParticipantRequest: {
            campaign?: number;
            blogger?: number;
            /** Статус */
            status?: components["schemas"]["ParticipantStatusEnum"];
            /** Заметки */
            notes?: string;
        };
        PatchedCampaignPublicationRequest: {
            participant?: number;
            /**
             * Ссылка на публикацию
             * Format: uri
             */
            url?: string;
            /** @description Аккаунт, где вышла публикация; по умолчанию — аккаунт участника из ссылки. */
            account?: number | null;
            /**
             * Опубликовано
             * Format: date-time
             */
            published_at?: string | null;
        };
        PatchedCampaignRequest: {
            /** Название */
            title?: string;
            /** Описание */
            description?: string;
            topic?: number | null;
            /**
             * Начало
             * Format: date
             */
            starts_on?: string;
            /**
             * Окончание
             * Format: date
             */
            ends_on?: string;
            /** Цель */
            goal?: string;
            /**
             * Цель: публикаций
             * Format: int64
             */
            goal_publications?: number | null;
            /**
             * Цель: репостов
             * Format: int64
             */
            goal_reposts?: number | null;
            /**
             * Цель: упоминаний
             * Format: int64
             */
            goal_mentions?: number | null;
            /**
             * Цель: охват
             * Format: int64
             */
            goal_reach?: number | null;
            import_key?: string | null;
        };
        PatchedFollowUpRequest: {
            blogger?: number;
            /** Задача */
            title?: string;
            /**
             * Срок
             * Format: date
             */
            due_date?: string;
            assignee?: number | null;
            /** Статус */
            status?: components["schemas"]["FollowUpStatusEnum"];
            interaction?: number | null;
            /** Заметки */
            notes?: string;
        };
        PatchedIncidentUpdateRequest: {
            /** @description id пользователя */
            assignee?: number | null;
            priority?: components["schemas"]["IncidentPriorityEnum"];
            /** @description версия, которую видел клиент (иначе 409) */
            version?: number;
        };
        PatchedInteractionRequest: {
            blogger?: number;
            /** Тип */
            type?: components["schemas"]["TypeEnum"];
            /** Направление */
            direction?: components["schemas"]["DirectionEnum"];
            /**
             * Когда
             * Format: date-time
             */
            occurred_at?: string;
            /** Содержание */
            summary?: string;
            /** Результат */
            outcome?: string;
            /** Тональность */
            sentiment?: components["schemas"]["SentimentEnum"];
            campaign?: number | null;
            /** @description Создать задачу по итогам. */
            followup_title?: string;
            /** Format: date */
            followup_due?: string;
        };
        PatchedSocialAccountRequest: {
            /** Платформа */
            platform?: components["schemas"]["PlatformEnum"];
            /** Тип */
            kind?: components["schemas"]["AccountKindEnum"] | components["schemas"]["BlankEnum"];
            /** ID на платформе */
            external_id?: string;
            /** Короткое имя */
            screen_name?: string;
            /** Ссылка */
            url?: string;
            /** Название */
            display_name?: string;
            /**
             * Подписчики
             * Format: int64
             */
            followers?: number | null;
            /** Верифицирован */
            verified?: boolean;
            blogger?: number | null;
        };
        PatchedSubscriptionRequest: {
            /** @description пусто — все темы */
            topics?: number[];
            /** @description с вложенными; пусто — везде */
            territory?: number | null;
            /** Format: double */
            min_severity?: number;
            /** По e-mail */
            email?: boolean;
            /** @description номер чата Telegram, куда бот пишет */
            telegram_chat_id?: string;
            /**
             * @description ЧЧ:ММ, местное время
             * @example 22:00
             */
            quiet_from?: string | null;
            /**
             * @description ЧЧ:ММ, местное время
             * @example 22:00
             */
            quiet_to?: string | null;
            /** Активна */
            is_active?: boolean;
            /** Ежедневная сводка */
            daily_digest?: boolean;
        };
        PatchedTerritoryRequest: {
            /** Название */
            name?: string;
            /** Тип */
            kind?: components["schemas"]["KindEnum"];
            parent?: number | null;
            /** Код ОКТМО */
            oktmo?: string;
            /** Другие названия */
            aliases?: unknown;
        };
        PatchedTopicRequest: {
            /** Название */
            name?: string;
            /** Описание */
            description?: string;
        };
        PatchedWatchTopicRequest: {
            /** Название */
            name?: string;
            /** @description Слова и фразы в любой форме: «отопление», «горячая вода». */
            keywords?: string[];
            /** @description Запись с любым из этих слов или фраз в тему не попадает. */
            exclusions?: string[];
            territory?: number | null;
            /**
             * Вес серьёзности
             * Format: double
             */
            weight?: number;
            owner?: number | null;
            /** Активна */
            is_active?: boolean;
        };
        PathGraph: {
            /** @description расчёт, из которого взяты оценки узлов */
            run: components["schemas"]["InfluenceRunBrief"] | null;
            nodes: components["schemas"]["GraphNode"][];
            edges: components["schemas"]["GraphEdge"][];
            source: number;
            target: number;
            found: boolean;
            path: number[];
        };
        Permissions: {
            edit_crm: boolean;
            run_rerank: boolean;
            import_edges: boolean;
            export: boolean;
            view_personal_data: boolean;
            manage_tokens: boolean;
            work_incidents: boolean;
        };
        /**
         * @description * `vk` - ВКонтакте
         *     * `telegram` - Telegram
         *     * `ok` - Одноклассники
         *     * `youtube` - YouTube
         *     * `dzen` - Дзен
         *     * `rutube` - RuTube
         *     * `other` - другое
         * @enum {string}
         */
        PlatformEnum: "vk" | "telegram" | "ok" | "youtube" | "dzen" | "rutube" | "other";
        /**
         * @description An analysed post: author (and blogger when the author is one), text,
         *     counters, what the pipeline found, and the officers' label.
         */
        Post: {
            readonly id: number;
            readonly platform: string;
            readonly author: components["schemas"]["SocialAccountBrief"];
            readonly blogger: components["schemas"]["BloggerBrief"] | null;
            /** ID записи */
            readonly external_id: string;
            /**
             * Ссылка
             * Format: uri
             */
            readonly url: string;
            readonly parent: number;
            /** Format: date-time */
            readonly published_at: string;
            /** Текст */
            readonly text: string;
            /** Лайки */
            readonly likes: number;
            /** Репосты */
            readonly reposts: number;
            /** Комментарии */
            readonly comments: number;
            /** Просмотры */
            readonly views: number | null;
            readonly territory: components["schemas"]["TerritoryBrief"];
            readonly topics: components["schemas"]["WatchTopicBrief"][];
            readonly matched_terms: string[];
            /** Format: double */
            readonly negativity: number;
            readonly needs_response: boolean;
            readonly label: string | null;
        };
        /**
         * @description * `csv` - csv
         *     * `jsonl` - jsonl
         * @enum {string}
         */
        PostImportUploadFormatEnum: "csv" | "jsonl";
        PostImportUploadRequest: {
            /**
             * Format: binary
             * @description CSV с заголовком или JSON lines (UTF-8)
             */
            file: string;
            /**
             * @description по умолчанию — по расширению файла
             *
             *     * `csv` - csv
             *     * `jsonl` - jsonl
             */
            format?: components["schemas"]["PostImportUploadFormatEnum"];
            /** @default vk */
            platform: components["schemas"]["PlatformEnum"];
        };
        PostLabelRequest: {
            /**
             * @description needs_response («нужен ответ»), off_topic («не по теме»), positive («позитив»); null снимает метку.
             *
             *     * `needs_response` - нужен ответ
             *     * `off_topic` - не по теме
             *     * `positive` - позитив
             */
            label: (components["schemas"]["LabelEnum"] | components["schemas"]["NullEnum"]) | null;
        };
        PreviewDay: {
            /** Format: date */
            day: string;
            count: number;
        };
        PreviewTerritory: {
            territory: components["schemas"]["TerritoryBrief"] | null;
            count: number;
        };
        ReadAll: {
            marked: number;
        };
        /**
         * @description * `admin` - admin
         *     * `officer` - officer
         *     * `analyst` - analyst
         *     * `viewer` - viewer
         * @enum {string}
         */
        RoleEnum: "admin" | "officer" | "analyst" | "viewer";
        /**
         * @description * `author` - author
         *     * `amplifier` - amplifier
         *     * `mentioned` - mentioned
         * @enum {string}
         */
        RolesEnum: "author" | "amplifier" | "mentioned";
        /**
         * @description * `positive` - позитивная
         *     * `neutral` - нейтральная
         *     * `negative` - негативная
         * @enum {string}
         */
        SentimentEnum: "positive" | "neutral" | "negative";
        SocialAccount: {
            readonly id: number;
            /** Платформа */
            platform: components["schemas"]["PlatformEnum"];
            /** Тип */
            kind?: components["schemas"]["AccountKindEnum"] | components["schemas"]["BlankEnum"];
            /** ID на платформе */
            external_id?: string;
            /** Короткое имя */
            screen_name?: string;
            /** Ссылка */
            url?: string;
            /** Название */
            display_name?: string;
            /**
             * Подписчики
             * Format: int64
             */
            followers?: number | null;
            /** Верифицирован */
            verified?: boolean;
            /**
             * Синхронизирован
             * Format: date-time
             */
            readonly last_synced_at: string | null;
            blogger?: components["schemas"]["BloggerBrief"] | null;
            /**
             * Влияние
             * Format: double
             */
            readonly influence_score: number | null;
            /** Место */
            readonly influence_rank: number | null;
            /** Изменение места */
            readonly influence_rank_delta: number | null;
            /** Сообщество */
            readonly community_label: string;
            /**
             * Добавлен
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Изменён
             * Format: date-time
             */
            readonly updated_at: string;
        };
        SocialAccountBrief: {
            readonly id: number;
            /** Платформа */
            readonly platform: components["schemas"]["PlatformEnum"];
            /** Короткое имя */
            readonly screen_name: string;
            /** ID на платформе */
            readonly external_id: string;
            /**
             * Ссылка
             * Format: uri
             */
            readonly url: string;
            /** Название */
            readonly display_name: string;
        };
        SocialAccountOrBrief: components["schemas"]["SocialAccount"] | components["schemas"]["SocialAccountBrief"];
        SocialAccountRequest: {
            /** Платформа */
            platform: components["schemas"]["PlatformEnum"];
            /** Тип */
            kind?: components["schemas"]["AccountKindEnum"] | components["schemas"]["BlankEnum"];
            /** ID на платформе */
            external_id?: string;
            /** Короткое имя */
            screen_name?: string;
            /** Ссылка */
            url?: string;
            /** Название */
            display_name?: string;
            /**
             * Подписчики
             * Format: int64
             */
            followers?: number | null;
            /** Верифицирован */
            verified?: boolean;
            blogger?: number | null;
        };
        SpreadAccount: {
            id: number;
            platform: string;
            screen_name: string;
            display_name: string;
            url: string;
            followers: number | null;
            /** Format: double */
            influence_score: number | null;
            blogger_id: number | null;
            community?: number | null;
            community_label?: string;
        };
        SpreadAmplifier: {
            id: number;
            platform: string;
            screen_name: string;
            display_name: string;
            url: string;
            followers: number | null;
            /** Format: double */
            influence_score: number | null;
            blogger_id: number | null;
            community?: number | null;
            community_label?: string;
            reposts: number;
        };
        SpreadBlogger: {
            id: number;
            display_name: string;
            stance: string;
            stage: string;
            tier: string;
            /** Format: double */
            influence_score: number | null;
            owner: components["schemas"]["SpreadUser"] | null;
            /** Format: date-time */
            last_contact_at: string | null;
        };
        SpreadCommunity: {
            number: number;
            label: string;
            size: number;
            involved: number;
        };
        SpreadEvent: {
            /** Format: date-time */
            at: string;
            kind: components["schemas"]["SpreadEventKindEnum"];
            account: components["schemas"]["SpreadAccount"];
            post: number | null;
            /** @description чей пост репостнули / кого упомянули */
            target: components["schemas"]["SpreadAccount"] | null;
        };
        /**
         * @description * `post` - post
         *     * `repost` - repost
         *     * `mention` - mention
         * @enum {string}
         */
        SpreadEventKindEnum: "post" | "repost" | "mention";
        SpreadHour: {
            /** Format: date-time */
            hour: string;
            posts: number;
            reposts: number;
            mentions: number;
        };
        SpreadInvolvedBlogger: {
            id: number;
            display_name: string;
            stance: string;
            stage: string;
            tier: string;
            /** Format: double */
            influence_score: number | null;
            owner: components["schemas"]["SpreadUser"] | null;
            /** Format: date-time */
            last_contact_at: string | null;
            roles: components["schemas"]["RolesEnum"][];
            accounts: number[];
        };
        SpreadOrigin: {
            post: number;
            url: string;
            /** Format: date-time */
            at: string;
            account: components["schemas"]["SpreadAccount"];
        };
        SpreadTotals: {
            posts: number;
            authors: number;
            reposts: number;
            mentions: number;
            /** @description подписчики авторов и репостнувших */
            reach: number;
        };
        SpreadUser: {
            id: number;
            username: string;
            full_name: string;
        };
        /**
         * @description * `supportive` - лоялен
         *     * `neutral` - нейтрален
         *     * `critical` - критичен
         *     * `unknown` - неизвестно
         * @enum {string}
         */
        StanceEnum: "supportive" | "neutral" | "critical" | "unknown";
        Subscription: {
            readonly id: number;
            /** @description пусто — все темы */
            topics?: components["schemas"]["WatchTopicBrief"][];
            /** @description с вложенными; пусто — везде */
            territory?: components["schemas"]["TerritoryBrief"] | null;
            /** Format: double */
            min_severity?: number;
            /** По e-mail */
            email?: boolean;
            /** @description номер чата Telegram, куда бот пишет */
            telegram_chat_id?: string;
            /**
             * @description ЧЧ:ММ, местное время
             * @example 22:00
             */
            quiet_from?: string | null;
            /**
             * @description ЧЧ:ММ, местное время
             * @example 22:00
             */
            quiet_to?: string | null;
            /** Активна */
            is_active?: boolean;
            /** Ежедневная сводка */
            daily_digest?: boolean;
            /**
             * Создана
             * Format: date-time
             */
            readonly created_at: string;
        };
        SubscriptionBrief: {
            readonly id: number;
            /** Format: double */
            min_severity?: number;
            /** Активна */
            readonly is_active: boolean;
        };
        SubscriptionOrBrief: components["schemas"]["Subscription"] | components["schemas"]["SubscriptionBrief"];
        SubscriptionRequest: {
            /** @description пусто — все темы */
            topics?: number[];
            /** @description с вложенными; пусто — везде */
            territory?: number | null;
            /** Format: double */
            min_severity?: number;
            /** По e-mail */
            email?: boolean;
            /** @description номер чата Telegram, куда бот пишет */
            telegram_chat_id?: string;
            /**
             * @description ЧЧ:ММ, местное время
             * @example 22:00
             */
            quiet_from?: string | null;
            /**
             * @description ЧЧ:ММ, местное время
             * @example 22:00
             */
            quiet_to?: string | null;
            /** Активна */
            is_active?: boolean;
            /** Ежедневная сводка */
            daily_digest?: boolean;
        };
        Territory: {
            readonly id: number;
            /** Название */
            name: string;
            /** Тип */
            kind: components["schemas"]["KindEnum"];
            parent?: components["schemas"]["TerritoryBrief"] | null;
            /** Код ОКТМО */
            oktmo?: string;
            /** Другие названия */
            aliases?: unknown;
            readonly blogger_count: number;
        };
        TerritoryBrief: {
            readonly id: number;
            /** Название */
            readonly name: string;
            /** Тип */
            readonly kind: components["schemas"]["KindEnum"];
        };
        TerritoryOrBrief: components["schemas"]["Territory"] | components["schemas"]["TerritoryBrief"];
        TerritoryRequest: {
            /** Название */
            name: string;
            /** Тип */
            kind: components["schemas"]["KindEnum"];
            parent?: number | null;
            /** Код ОКТМО */
            oktmo?: string;
            /** Другие названия */
            aliases?: unknown;
        };
        /**
         * @description * `a` - A — ключевой
         *     * `b` - B — значимый
         *     * `c` - C — прочие
         * @enum {string}
         */
        TierEnum: "a" | "b" | "c";
        Topic: {
            readonly id: number;
            /** Название */
            name: string;
            /** Описание */
            description?: string;
            readonly blogger_count: number;
        };
        TopicBrief: {
            readonly id: number;
            /** Название */
            readonly name: string;
        };
        TopicOrBrief: components["schemas"]["Topic"] | components["schemas"]["TopicBrief"];
        TopicRequest: {
            /** Название */
            name: string;
            /** Описание */
            description?: string;
        };
        TrendRow: {
            /** Format: date-time */
            hour: string;
            topic: number;
            territory: number | null;
            count: number;
        };
        /**
         * @description * `meeting` - встреча
         *     * `call` - звонок
         *     * `message` - сообщение
         *     * `email` - письмо
         *     * `event_invitation` - приглашение на мероприятие
         *     * `press_tour` - пресс-тур
         *     * `content_request` - запрос публикации
         *     * `complaint` - жалоба
         *     * `other` - другое
         * @enum {string}
         */
        TypeEnum: "meeting" | "call" | "message" | "email" | "event_invitation" | "press_tour" | "content_request" | "complaint" | "other";
        User: {
            readonly id: number;
            /**
             * Имя пользователя
             * @description Обязательное поле. Не более 150 символов. Только буквы, цифры и символы @/./+/-/_.
             */
            readonly username: string;
            readonly full_name: string;
        };
        UserBrief: {
            readonly id: number;
            /**
             * Имя пользователя
             * @description Обязательное поле. Не более 150 символов. Только буквы, цифры и символы @/./+/-/_.
             */
            readonly username: string;
            readonly full_name: string;
        };
        /**
         * @description ``status``: ``never`` (not synced yet), ``active``, ``private``, ``closed``,
         *     ``deleted``, ``banned``. ``error_code`` names the last error for the interface
         *     to word (``vk_paused``, ``vk_unavailable``, ``vk_token_invalid``, ``vk_api_error``,
         *     ``vk_partial``, ``validation_failed``, ``access_<state>``…); ``error`` is the
         *     collector's own sentence (Russian).
         */
        VkAccountStatus: {
            readonly id: number;
            /** ID на платформе */
            readonly external_id: string;
            /** Короткое имя */
            readonly screen_name: string;
            /** Название */
            readonly display_name: string;
            /**
             * Ссылка
             * Format: uri
             */
            readonly url: string;
            readonly blogger: components["schemas"]["VkBlogger"] | null;
            readonly status: string;
            /** Format: date-time */
            last_synced_at: string | null;
            /** Format: date-time */
            last_success_at: string | null;
            /** Format: date-time */
            readonly next_sync_at: string | null;
            readonly syncing: boolean;
            failures: number;
            failing: boolean;
            error_code: string | null;
            error: string | null;
            readonly gaps: components["schemas"]["VkGap"][];
            readonly missing: number;
        };
        /**
         * @description ``status``: ``never`` (not synced yet), ``active``, ``private``, ``closed``,
         *     ``deleted``, ``banned``. ``error_code`` names the last error for the interface
         *     to word (``vk_paused``, ``vk_unavailable``, ``vk_token_invalid``, ``vk_api_error``,
         *     ``vk_partial``, ``validation_failed``, ``access_<state>``…); ``error`` is the
         *     collector's own sentence (Russian).
         */
        VkAccountStatusBrief: {
            readonly id: number;
            /** Короткое имя */
            readonly screen_name: string;
            /** Название */
            readonly display_name: string;
            readonly status: string;
            failing: boolean;
        };
        VkAccountStatusOrBrief: components["schemas"]["VkAccountStatus"] | components["schemas"]["VkAccountStatusBrief"];
        VkBlogger: {
            id: number;
            display_name: string;
        };
        VkGap: {
            /**
             * Format: date-time
             * @description the oldest post stored above the gap
             */
            before: string | null;
            /** @description about how many posts it holds, at most */
            missing: number;
        };
        WatchTopic: {
            readonly id: number;
            /** Название */
            name: string;
            /** @description Слова и фразы в любой форме: «отопление», «горячая вода». */
            keywords: string[];
            /** @description Запись с любым из этих слов или фраз в тему не попадает. */
            exclusions?: string[];
            territory?: components["schemas"]["TerritoryBrief"] | null;
            /**
             * Вес серьёзности
             * Format: double
             */
            weight?: number;
            owner?: components["schemas"]["UserBrief"] | null;
            /** Активна */
            is_active?: boolean;
            /**
             * Создана
             * Format: date-time
             */
            readonly created_at: string;
            /**
             * Изменена
             * Format: date-time
             */
            readonly updated_at: string;
        };
        WatchTopicBrief: {
            readonly id: number;
            /** Название */
            readonly name: string;
        };
        WatchTopicOrBrief: components["schemas"]["WatchTopic"] | components["schemas"]["WatchTopicBrief"];
        WatchTopicPreview: {
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            until: string;
            /** @description сколько записей тема поймала бы */
            count: number;
            /** @description сколько записей-кандидатов прочитано */
            scanned: number;
            by_day: components["schemas"]["PreviewDay"][];
            by_territory: components["schemas"]["PreviewTerritory"][];
            /** @description последние из пойманных, новые первыми */
            posts: components["schemas"]["Post"][];
        };
        /** @description A topic as it stands in the editor (saved or not): what would it catch? */
        WatchTopicPreviewRequestRequest: {
            /** @description Слова и фразы в любой форме. */
            keywords: string[];
            exclusions?: string[];
            territory?: number | null;
            /**
             * @description за сколько суток до сейчас
             * @default 7
             */
            days: number;
        };
        WatchTopicRequest: {
            /** Название */
            name: string;
            /** @description Слова и фразы в любой форме: «отопление», «горячая вода». */
            keywords: string[];
            /** @description Запись с любым из этих слов или фраз в тему не попадает. */
            exclusions?: string[];
            territory?: number | null;
            /**
             * Вес серьёзности
             * Format: double
             */
            weight?: number;
            owner?: number | null;
            /** Активна */
            is_active?: boolean;
        };
        Error: {
            error: {
                code: string;
                message: string;
                fields: {
                    [key: string]: string[];
                };
                state?: string;
                version?: number;
                allowed?: string[];
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
export interface operations {
    accounts_list: {
        parameters: {
            query?: {
                blogger?: number;
                blogger__n?: number;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                community_label?: string;
                community_label__icontains?: string;
                community_label__iexact?: string;
                community_label__istartswith?: string;
                community_label__n?: string;
                display_name?: string;
                display_name__icontains?: string;
                display_name__iexact?: string;
                display_name__istartswith?: string;
                display_name__n?: string;
                external_id?: string;
                external_id__icontains?: string;
                external_id__iexact?: string;
                external_id__istartswith?: string;
                external_id__n?: string;
                followers?: number;
                followers__gt?: number;
                followers__gte?: number;
                followers__lt?: number;
                followers__lte?: number;
                followers__n?: number;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                influence_rank?: number;
                influence_rank__gt?: number;
                influence_rank__gte?: number;
                influence_rank__lt?: number;
                influence_rank__lte?: number;
                influence_rank__n?: number;
                influence_score?: number;
                influence_score__gt?: number;
                influence_score__gte?: number;
                influence_score__lt?: number;
                influence_score__lte?: number;
                influence_score__n?: number;
                /**
                 * @description * `person` - личная страница
                 *     * `community` - сообщество
                 *     * `channel` - канал
                 */
                kind?: "channel" | "community" | "person";
                /**
                 * @description * `person` - личная страница
                 *     * `community` - сообщество
                 *     * `channel` - канал
                 */
                kind__n?: "channel" | "community" | "person";
                last_synced_at?: string;
                last_synced_at__gt?: string;
                last_synced_at__gte?: string;
                last_synced_at__lt?: string;
                last_synced_at__lte?: string;
                last_synced_at__n?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `vk` - ВКонтакте
                 *     * `telegram` - Telegram
                 *     * `ok` - Одноклассники
                 *     * `youtube` - YouTube
                 *     * `dzen` - Дзен
                 *     * `rutube` - RuTube
                 *     * `other` - другое
                 */
                platform?: ("dzen" | "ok" | "other" | "rutube" | "telegram" | "vk" | "youtube")[];
                /** @description поиск */
                q?: string;
                screen_name?: string;
                screen_name__icontains?: string;
                screen_name__iexact?: string;
                screen_name__istartswith?: string;
                screen_name__n?: string;
                unassigned?: boolean;
                verified?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedSocialAccountOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialAccountRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["SocialAccountRequest"];
                "multipart/form-data": components["schemas"]["SocialAccountRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialAccount"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this аккаунт. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialAccountOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this аккаунт. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SocialAccountRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["SocialAccountRequest"];
                "multipart/form-data": components["schemas"]["SocialAccountRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialAccount"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this аккаунт. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this аккаунт. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedSocialAccountRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedSocialAccountRequest"];
                "multipart/form-data": components["schemas"]["PatchedSocialAccountRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialAccount"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    accounts_add_by_url_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountFromURLRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AccountFromURLRequest"];
                "multipart/form-data": components["schemas"]["AccountFromURLRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialAccount"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SocialAccount"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alert_subscriptions_list: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                is_active?: boolean;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedSubscriptionOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alert_subscriptions_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["SubscriptionRequest"];
                "multipart/form-data": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alert_subscriptions_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this подписка на оповещения. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alert_subscriptions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this подписка на оповещения. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SubscriptionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["SubscriptionRequest"];
                "multipart/form-data": components["schemas"]["SubscriptionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alert_subscriptions_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this подписка на оповещения. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alert_subscriptions_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this подписка на оповещения. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedSubscriptionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedSubscriptionRequest"];
                "multipart/form-data": components["schemas"]["PatchedSubscriptionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alerts_list: {
        parameters: {
            query?: {
                created_at?: string;
                created_at__gt?: string;
                created_at__gte?: string;
                created_at__lt?: string;
                created_at__lte?: string;
                created_at__n?: string;
                /**
                 * @description * `new` - новый инцидент
                 *     * `severity` - серьёзность выросла
                 *     * `first_response_soon` - скоро срок первого ответа
                 *     * `first_response_overdue` - просрочен первый ответ
                 *     * `resolution_soon` - скоро срок решения
                 *     * `resolution_overdue` - просрочено решение
                 */
                event?: "first_response_overdue" | "first_response_soon" | "new" | "resolution_overdue" | "resolution_soon" | "severity";
                /**
                 * @description * `new` - новый инцидент
                 *     * `severity` - серьёзность выросла
                 *     * `first_response_soon` - скоро срок первого ответа
                 *     * `first_response_overdue` - просрочен первый ответ
                 *     * `resolution_soon` - скоро срок решения
                 *     * `resolution_overdue` - просрочено решение
                 */
                event__n?: "first_response_overdue" | "first_response_soon" | "new" | "resolution_overdue" | "resolution_soon" | "severity";
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                incident?: number;
                incident__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAlertList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alerts_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this оповещение. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alerts_read_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this оповещение. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    alerts_read_all_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAll"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_csrf_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Csrf"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_login_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["LoginRequest"];
                "multipart/form-data": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_logout_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    auth_me_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_list: {
        parameters: {
            query?: {
                /**
                 * @description * `person` - личная страница
                 *     * `community` - сообщество
                 *     * `channel` - канал
                 */
                account_kind?: ("channel" | "community" | "person")[];
                archived?: boolean;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                created_at?: string;
                created_at__gt?: string;
                created_at__gte?: string;
                created_at__lt?: string;
                created_at__lte?: string;
                created_at__n?: string;
                display_name?: string;
                display_name__icontains?: string;
                display_name__iexact?: string;
                display_name__istartswith?: string;
                display_name__n?: string;
                has_overdue_tasks?: boolean;
                has_owner?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                import_key?: string;
                import_key__icontains?: string;
                import_key__iexact?: string;
                import_key__istartswith?: string;
                import_key__n?: string;
                influence_rank?: number;
                influence_rank__gt?: number;
                influence_rank__gte?: number;
                influence_rank__lt?: number;
                influence_rank__lte?: number;
                influence_rank__n?: number;
                influence_rank_delta?: number;
                influence_rank_delta__gt?: number;
                influence_rank_delta__gte?: number;
                influence_rank_delta__lt?: number;
                influence_rank_delta__lte?: number;
                influence_rank_delta__n?: number;
                influence_score?: number;
                influence_score__gt?: number;
                influence_score__gte?: number;
                influence_score__lt?: number;
                influence_score__lte?: number;
                influence_score__n?: number;
                last_interaction_after?: string;
                last_interaction_before?: string;
                no_contact_days?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                owner?: number;
                owner__n?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `vk` - ВКонтакте
                 *     * `telegram` - Telegram
                 *     * `ok` - Одноклассники
                 *     * `youtube` - YouTube
                 *     * `dzen` - Дзен
                 *     * `rutube` - RuTube
                 *     * `other` - другое
                 */
                platform?: ("dzen" | "ok" | "other" | "rutube" | "telegram" | "vk" | "youtube")[];
                /** @description поиск */
                q?: string;
                rank_max?: number;
                rank_min?: number;
                score_max?: number;
                score_min?: number;
                /**
                 * @description * `new` - новый
                 *     * `contacted` - установлен контакт
                 *     * `engaged` - взаимодействуем
                 *     * `partner` - партнёр
                 *     * `paused` - пауза
                 *     * `declined` - отказался
                 */
                stage?: ("contacted" | "declined" | "engaged" | "new" | "partner" | "paused")[];
                /**
                 * @description * `new` - новый
                 *     * `contacted` - установлен контакт
                 *     * `engaged` - взаимодействуем
                 *     * `partner` - партнёр
                 *     * `paused` - пауза
                 *     * `declined` - отказался
                 */
                stage__n?: ("contacted" | "declined" | "engaged" | "new" | "partner" | "paused")[];
                /**
                 * @description * `supportive` - лоялен
                 *     * `neutral` - нейтрален
                 *     * `critical` - критичен
                 *     * `unknown` - неизвестно
                 */
                stance?: ("critical" | "neutral" | "supportive" | "unknown")[];
                /**
                 * @description * `supportive` - лоялен
                 *     * `neutral` - нейтрален
                 *     * `critical` - критичен
                 *     * `unknown` - неизвестно
                 */
                stance__n?: ("critical" | "neutral" | "supportive" | "unknown")[];
                /** @description территория (с вложенными) */
                territory?: number;
                /**
                 * @description * `a` - A — ключевой
                 *     * `b` - B — значимый
                 *     * `c` - C — прочие
                 */
                tier?: ("a" | "b" | "c")[];
                topic?: unknown[];
                updated_at?: string;
                updated_at__gt?: string;
                updated_at__gte?: string;
                updated_at__lt?: string;
                updated_at__lte?: string;
                updated_at__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedBloggerOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BloggerRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["BloggerRequest"];
                "multipart/form-data": components["schemas"]["BloggerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blogger"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this блогер. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BloggerOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this блогер. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BloggerRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["BloggerRequest"];
                "multipart/form-data": components["schemas"]["BloggerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blogger"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this блогер. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this блогер. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedBloggerRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedBloggerRequest"];
                "multipart/form-data": components["schemas"]["PatchedBloggerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Blogger"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_merge_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this блогер. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeIntoRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["MergeIntoRequest"];
                "multipart/form-data": components["schemas"]["MergeIntoRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BloggerMerge"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_personal_data_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this блогер. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_personal_data_erase_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this блогер. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Erasure"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_export_csv_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `person` - личная страница
                 *     * `community` - сообщество
                 *     * `channel` - канал
                 */
                account_kind?: ("channel" | "community" | "person")[];
                archived?: boolean;
                created_at?: string;
                created_at__gt?: string;
                created_at__gte?: string;
                created_at__lt?: string;
                created_at__lte?: string;
                created_at__n?: string;
                display_name?: string;
                display_name__icontains?: string;
                display_name__iexact?: string;
                display_name__istartswith?: string;
                display_name__n?: string;
                has_overdue_tasks?: boolean;
                has_owner?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                import_key?: string;
                import_key__icontains?: string;
                import_key__iexact?: string;
                import_key__istartswith?: string;
                import_key__n?: string;
                influence_rank?: number;
                influence_rank__gt?: number;
                influence_rank__gte?: number;
                influence_rank__lt?: number;
                influence_rank__lte?: number;
                influence_rank__n?: number;
                influence_rank_delta?: number;
                influence_rank_delta__gt?: number;
                influence_rank_delta__gte?: number;
                influence_rank_delta__lt?: number;
                influence_rank_delta__lte?: number;
                influence_rank_delta__n?: number;
                influence_score?: number;
                influence_score__gt?: number;
                influence_score__gte?: number;
                influence_score__lt?: number;
                influence_score__lte?: number;
                influence_score__n?: number;
                last_interaction_after?: string;
                last_interaction_before?: string;
                no_contact_days?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                owner?: number;
                owner__n?: number;
                /**
                 * @description * `vk` - ВКонтакте
                 *     * `telegram` - Telegram
                 *     * `ok` - Одноклассники
                 *     * `youtube` - YouTube
                 *     * `dzen` - Дзен
                 *     * `rutube` - RuTube
                 *     * `other` - другое
                 */
                platform?: ("dzen" | "ok" | "other" | "rutube" | "telegram" | "vk" | "youtube")[];
                /** @description поиск */
                q?: string;
                rank_max?: number;
                rank_min?: number;
                score_max?: number;
                score_min?: number;
                /**
                 * @description * `new` - новый
                 *     * `contacted` - установлен контакт
                 *     * `engaged` - взаимодействуем
                 *     * `partner` - партнёр
                 *     * `paused` - пауза
                 *     * `declined` - отказался
                 */
                stage?: ("contacted" | "declined" | "engaged" | "new" | "partner" | "paused")[];
                /**
                 * @description * `new` - новый
                 *     * `contacted` - установлен контакт
                 *     * `engaged` - взаимодействуем
                 *     * `partner` - партнёр
                 *     * `paused` - пауза
                 *     * `declined` - отказался
                 */
                stage__n?: ("contacted" | "declined" | "engaged" | "new" | "partner" | "paused")[];
                /**
                 * @description * `supportive` - лоялен
                 *     * `neutral` - нейтрален
                 *     * `critical` - критичен
                 *     * `unknown` - неизвестно
                 */
                stance?: ("critical" | "neutral" | "supportive" | "unknown")[];
                /**
                 * @description * `supportive` - лоялен
                 *     * `neutral` - нейтрален
                 *     * `critical` - критичен
                 *     * `unknown` - неизвестно
                 */
                stance__n?: ("critical" | "neutral" | "supportive" | "unknown")[];
                /** @description территория (с вложенными) */
                territory?: number;
                /**
                 * @description * `a` - A — ключевой
                 *     * `b` - B — значимый
                 *     * `c` - C — прочие
                 */
                tier?: ("a" | "b" | "c")[];
                topic?: unknown[];
                updated_at?: string;
                updated_at__gt?: string;
                updated_at__gte?: string;
                updated_at__lt?: string;
                updated_at__lte?: string;
                updated_at__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bloggers_export_xlsx_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `person` - личная страница
                 *     * `community` - сообщество
                 *     * `channel` - канал
                 */
                account_kind?: ("channel" | "community" | "person")[];
                archived?: boolean;
                created_at?: string;
                created_at__gt?: string;
                created_at__gte?: string;
                created_at__lt?: string;
                created_at__lte?: string;
                created_at__n?: string;
                display_name?: string;
                display_name__icontains?: string;
                display_name__iexact?: string;
                display_name__istartswith?: string;
                display_name__n?: string;
                has_overdue_tasks?: boolean;
                has_owner?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                import_key?: string;
                import_key__icontains?: string;
                import_key__iexact?: string;
                import_key__istartswith?: string;
                import_key__n?: string;
                influence_rank?: number;
                influence_rank__gt?: number;
                influence_rank__gte?: number;
                influence_rank__lt?: number;
                influence_rank__lte?: number;
                influence_rank__n?: number;
                influence_rank_delta?: number;
                influence_rank_delta__gt?: number;
                influence_rank_delta__gte?: number;
                influence_rank_delta__lt?: number;
                influence_rank_delta__lte?: number;
                influence_rank_delta__n?: number;
                influence_score?: number;
                influence_score__gt?: number;
                influence_score__gte?: number;
                influence_score__lt?: number;
                influence_score__lte?: number;
                influence_score__n?: number;
                last_interaction_after?: string;
                last_interaction_before?: string;
                no_contact_days?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                owner?: number;
                owner__n?: number;
                /**
                 * @description * `vk` - ВКонтакте
                 *     * `telegram` - Telegram
                 *     * `ok` - Одноклассники
                 *     * `youtube` - YouTube
                 *     * `dzen` - Дзен
                 *     * `rutube` - RuTube
                 *     * `other` - другое
                 */
                platform?: ("dzen" | "ok" | "other" | "rutube" | "telegram" | "vk" | "youtube")[];
                /** @description поиск */
                q?: string;
                rank_max?: number;
                rank_min?: number;
                score_max?: number;
                score_min?: number;
                /**
                 * @description * `new` - новый
                 *     * `contacted` - установлен контакт
                 *     * `engaged` - взаимодействуем
                 *     * `partner` - партнёр
                 *     * `paused` - пауза
                 *     * `declined` - отказался
                 */
                stage?: ("contacted" | "declined" | "engaged" | "new" | "partner" | "paused")[];
                /**
                 * @description * `new` - новый
                 *     * `contacted` - установлен контакт
                 *     * `engaged` - взаимодействуем
                 *     * `partner` - партнёр
                 *     * `paused` - пауза
                 *     * `declined` - отказался
                 */
                stage__n?: ("contacted" | "declined" | "engaged" | "new" | "partner" | "paused")[];
                /**
                 * @description * `supportive` - лоялен
                 *     * `neutral` - нейтрален
                 *     * `critical` - критичен
                 *     * `unknown` - неизвестно
                 */
                stance?: ("critical" | "neutral" | "supportive" | "unknown")[];
                /**
                 * @description * `supportive` - лоялен
                 *     * `neutral` - нейтрален
                 *     * `critical` - критичен
                 *     * `unknown` - неизвестно
                 */
                stance__n?: ("critical" | "neutral" | "supportive" | "unknown")[];
                /** @description территория (с вложенными) */
                territory?: number;
                /**
                 * @description * `a` - A — ключевой
                 *     * `b` - B — значимый
                 *     * `c` - C — прочие
                 */
                tier?: ("a" | "b" | "c")[];
                topic?: unknown[];
                updated_at?: string;
                updated_at__gt?: string;
                updated_at__gte?: string;
                updated_at__lt?: string;
                updated_at__lte?: string;
                updated_at__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_participants_list: {
        parameters: {
            query?: {
                blogger?: number;
                blogger__n?: number;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                campaign?: number;
                campaign__n?: number;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description поиск */
                q?: string;
                /**
                 * @description * `invited` - приглашён
                 *     * `agreed` - согласился
                 *     * `published` - опубликовал
                 *     * `declined` - отказался
                 */
                status?: ("agreed" | "declined" | "invited" | "published")[];
                updated_at?: string;
                updated_at__gt?: string;
                updated_at__gte?: string;
                updated_at__lt?: string;
                updated_at__lte?: string;
                updated_at__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCampaignParticipantOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_participants_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignParticipantRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CampaignParticipantRequest"];
                "multipart/form-data": components["schemas"]["CampaignParticipantRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignParticipant"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_participants_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this участник кампании. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignParticipantOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_participants_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this участник кампании. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignParticipantRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CampaignParticipantRequest"];
                "multipart/form-data": components["schemas"]["CampaignParticipantRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignParticipant"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_participants_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this участник кампании. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_participants_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this участник кампании. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCampaignParticipantRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedCampaignParticipantRequest"];
                "multipart/form-data": components["schemas"]["PatchedCampaignParticipantRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignParticipant"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_publications_list: {
        parameters: {
            query?: {
                account?: number;
                account__n?: number;
                /** @description блогер */
                blogger?: number;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                /** @description кампания */
                campaign?: number;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                participant?: number;
                participant__n?: number;
                published_at?: string;
                published_at__gt?: string;
                published_at__gte?: string;
                published_at__lt?: string;
                published_at__lte?: string;
                published_at__n?: string;
                /** @description поиск */
                q?: string;
                url?: string;
                url__icontains?: string;
                url__iexact?: string;
                url__istartswith?: string;
                url__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCampaignPublicationOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_publications_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignPublicationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CampaignPublicationRequest"];
                "multipart/form-data": components["schemas"]["CampaignPublicationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPublication"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_publications_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this публикация. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPublicationOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_publications_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this публикация. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignPublicationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CampaignPublicationRequest"];
                "multipart/form-data": components["schemas"]["CampaignPublicationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPublication"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_publications_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this публикация. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaign_publications_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this публикация. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCampaignPublicationRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedCampaignPublicationRequest"];
                "multipart/form-data": components["schemas"]["PatchedCampaignPublicationRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignPublication"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaigns_list: {
        parameters: {
            query?: {
                /** @description идёт в этот день */
                active_on?: string;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                created_by?: number;
                created_by__n?: number;
                ends_on?: string;
                ends_on__gt?: string;
                ends_on__gte?: string;
                ends_on__lt?: string;
                ends_on__lte?: string;
                ends_on__n?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description поиск */
                q?: string;
                starts_on?: string;
                starts_on__gt?: string;
                starts_on__gte?: string;
                starts_on__lt?: string;
                starts_on__lte?: string;
                starts_on__n?: string;
                title?: string;
                title__icontains?: string;
                title__iexact?: string;
                title__istartswith?: string;
                title__n?: string;
                topic?: number;
                topic__n?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCampaignOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaigns_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CampaignRequest"];
                "multipart/form-data": components["schemas"]["CampaignRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaigns_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this кампания. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaigns_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this кампания. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["CampaignRequest"];
                "multipart/form-data": components["schemas"]["CampaignRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaigns_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this кампания. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaigns_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this кампания. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedCampaignRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedCampaignRequest"];
                "multipart/form-data": components["schemas"]["PatchedCampaignRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    campaigns_results_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this кампания. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResults"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followups_list: {
        parameters: {
            query?: {
                assignee?: number;
                assignee__n?: number;
                blogger?: number;
                blogger__n?: number;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                completed_at?: string;
                completed_at__gt?: string;
                completed_at__gte?: string;
                completed_at__lt?: string;
                completed_at__lte?: string;
                completed_at__n?: string;
                due_date?: string;
                due_date__gt?: string;
                due_date__gte?: string;
                due_date__lt?: string;
                due_date__lte?: string;
                due_date__n?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                interaction?: number;
                interaction__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                overdue?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description поиск */
                q?: string;
                /**
                 * @description * `open` - открыта
                 *     * `done` - выполнена
                 *     * `cancelled` - отменена
                 */
                status?: ("cancelled" | "done" | "open")[];
                title?: string;
                title__icontains?: string;
                title__iexact?: string;
                title__istartswith?: string;
                title__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedFollowUpOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followups_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["FollowUpRequest"];
                "multipart/form-data": components["schemas"]["FollowUpRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followups_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this задача. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUpOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followups_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this задача. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FollowUpRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["FollowUpRequest"];
                "multipart/form-data": components["schemas"]["FollowUpRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followups_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this задача. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    followups_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this задача. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedFollowUpRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedFollowUpRequest"];
                "multipart/form-data": components["schemas"]["PatchedFollowUpRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FollowUp"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    graph_accounts_amplifiers_retrieve: {
        parameters: {
            query?: {
                limit?: number;
                /** @description только события не раньше */
                since?: string;
            };
            header?: never;
            path: {
                account_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AmplifiersGraph"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Графовое хранилище недоступно (code graph_unavailable); остальное API работает. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    graph_accounts_ego_retrieve: {
        parameters: {
            query?: {
                depth?: number;
                limit?: number;
            };
            header?: never;
            path: {
                account_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EgoGraph"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Графовое хранилище недоступно (code graph_unavailable); остальное API работает. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    graph_clusters_retrieve: {
        parameters: {
            query?: {
                min_score?: number;
                run?: number;
                /** @description территория с вложенными */
                territory?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClustersGraph"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Графовое хранилище недоступно (code graph_unavailable); остальное API работает. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    graph_overview_retrieve: {
        parameters: {
            query?: {
                community?: number;
                /**
                 * @description hide — без участников согласованных групп, only — только они и кого они усиливают
                 *
                 *     * `hide` - hide
                 *     * `only` - only
                 */
                coordination?: "hide" | "only";
                max_edges?: number;
                max_nodes?: number;
                min_score?: number;
                run?: number;
                /** @description территория с вложенными */
                territory?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewGraph"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Графовое хранилище недоступно (code graph_unavailable); остальное API работает. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    graph_path_retrieve: {
        parameters: {
            query: {
                max_depth?: number;
                source: number;
                target: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PathGraph"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Графовое хранилище недоступно (code graph_unavailable); остальное API работает. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    graph_posts_cascade_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                post_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CascadeGraph"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Графовое хранилище недоступно (code graph_unavailable); остальное API работает. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    imports_edges_list: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                created_at?: string;
                created_at__gt?: string;
                created_at__gte?: string;
                created_at__lt?: string;
                created_at__lte?: string;
                created_at__n?: string;
                filename?: string;
                filename__icontains?: string;
                filename__iexact?: string;
                filename__istartswith?: string;
                filename__n?: string;
                format?: string;
                format__icontains?: string;
                format__iexact?: string;
                format__istartswith?: string;
                format__n?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                platform?: string;
                platform__icontains?: string;
                platform__iexact?: string;
                platform__istartswith?: string;
                platform__n?: string;
                /** @description поиск */
                q?: string;
                /**
                 * @description * `pending` - в очереди
                 *     * `running` - выполняется
                 *     * `succeeded` - завершён
                 *     * `failed` - ошибка
                 */
                status?: "failed" | "pending" | "running" | "succeeded";
                /**
                 * @description * `pending` - в очереди
                 *     * `running` - выполняется
                 *     * `succeeded` - завершён
                 *     * `failed` - ошибка
                 */
                status__n?: "failed" | "pending" | "running" | "succeeded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedEdgeImportJobOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    imports_edges_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["EdgeImportUploadRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["EdgeImportUploadRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeImportJob"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    imports_edges_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this импорт связей. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeImportJobOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    imports_edges_errors_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this импорт связей. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedEdgeImportErrorList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    imports_posts_list: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                created_at?: string;
                created_at__gt?: string;
                created_at__gte?: string;
                created_at__lt?: string;
                created_at__lte?: string;
                created_at__n?: string;
                filename?: string;
                filename__icontains?: string;
                filename__iexact?: string;
                filename__istartswith?: string;
                filename__n?: string;
                format?: string;
                format__icontains?: string;
                format__iexact?: string;
                format__istartswith?: string;
                format__n?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                platform?: string;
                platform__icontains?: string;
                platform__iexact?: string;
                platform__istartswith?: string;
                platform__n?: string;
                /** @description поиск */
                q?: string;
                /**
                 * @description * `pending` - в очереди
                 *     * `running` - выполняется
                 *     * `succeeded` - завершён
                 *     * `failed` - ошибка
                 */
                status?: "failed" | "pending" | "running" | "succeeded";
                /**
                 * @description * `pending` - в очереди
                 *     * `running` - выполняется
                 *     * `succeeded` - завершён
                 *     * `failed` - ошибка
                 */
                status__n?: "failed" | "pending" | "running" | "succeeded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedEdgeImportJobOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    imports_posts_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["PostImportUploadRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PostImportUploadRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeImportJob"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    imports_posts_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this импорт связей. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EdgeImportJobOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    imports_posts_errors_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this импорт связей. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedEdgeImportErrorList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_list: {
        parameters: {
            query?: {
                assignee?: number;
                assignee__n?: number;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                detected_after?: string;
                detected_at?: string;
                detected_at__gt?: string;
                detected_at__gte?: string;
                detected_at__lt?: string;
                detected_at__lte?: string;
                detected_at__n?: string;
                detected_before?: string;
                /** @description срок первого ответа или решения истекает сегодня, таймер идёт */
                due_today?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                is_open?: boolean;
                /** @description назначенные мне */
                mine?: boolean;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description срок первого ответа или решения прошёл, таймер идёт */
                overdue?: boolean;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `urgent` - срочный
                 *     * `high` - высокий
                 *     * `normal` - обычный
                 */
                priority?: ("high" | "normal" | "urgent")[];
                /** @description поиск */
                q?: string;
                severity?: number;
                severity__gt?: number;
                severity__gte?: number;
                severity__lt?: number;
                severity__lte?: number;
                severity__n?: number;
                severity_min?: number;
                started_at?: string;
                started_at__gt?: string;
                started_at__gte?: string;
                started_at__lt?: string;
                started_at__lte?: string;
                started_at__n?: string;
                /**
                 * @description * `new` - новый
                 *     * `in_work` - в работе
                 *     * `answered` - дан ответ
                 *     * `closed` - закрыт
                 *     * `not_ours` - не наш
                 *     * `duplicate` - дубликат
                 *     * `false_alarm` - ложная тревога
                 */
                state?: ("answered" | "closed" | "duplicate" | "false_alarm" | "in_work" | "new" | "not_ours")[];
                /** @description территория (с вложенными) */
                territory?: number;
                topic?: number;
                topic__n?: number;
                /** @description без исполнителя */
                unassigned?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedIncidentOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this инцидент. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this инцидент. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedIncidentUpdateRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedIncidentUpdateRequest"];
                "multipart/form-data": components["schemas"]["PatchedIncidentUpdateRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_comments_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this инцидент. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentComment"][];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_comments_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this инцидент. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentCommentRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["IncidentCommentRequest"];
                "multipart/form-data": components["schemas"]["IncidentCommentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentComment"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_history_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this инцидент. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentEvent"][];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_messengers_retrieve: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this инцидент. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentMessengers"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_spread_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this инцидент. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentSpread"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_transition_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this инцидент. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentTransitionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["IncidentTransitionRequest"];
                "multipart/form-data": components["schemas"]["IncidentTransitionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_bulk_assign_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentBulkAssignRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["IncidentBulkAssignRequest"];
                "multipart/form-data": components["schemas"]["IncidentBulkAssignRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentBulkAssignResult"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    incidents_metrics_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `officer` - officer
                 *     * `territory` - territory
                 *     * `topic` - topic
                 *     * `week` - week
                 */
                group_by?: "officer" | "territory" | "topic" | "week";
                /** @description по умолчанию — 28 суток назад */
                since?: string;
                territory?: number;
                topic?: number[];
                /** @description по умолчанию — сейчас */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentMetricsReport"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_bloggers_explanation_retrieve: {
        parameters: {
            query?: {
                /** @description id завершённого расчёта (по умолчанию — последний) */
                run?: number;
            };
            header?: never;
            path: {
                blogger_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Explanation"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_bloggers_history_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                blogger_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedHistoryRowList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_coordination_marks_list: {
        parameters: {
            query?: {
                account?: number;
                account__n?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `genuine` - подлинный
                 *     * `inauthentic` - неподлинный
                 */
                verdict?: "genuine" | "inauthentic";
                /**
                 * @description * `genuine` - подлинный
                 *     * `inauthentic` - неподлинный
                 */
                verdict__n?: "genuine" | "inauthentic";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCoordinationMarkList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_coordination_marks_create: {
        parameters: {
            query?: {
                account?: number;
                account__n?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `genuine` - подлинный
                 *     * `inauthentic` - неподлинный
                 */
                verdict?: "genuine" | "inauthentic";
                /**
                 * @description * `genuine` - подлинный
                 *     * `inauthentic` - неподлинный
                 */
                verdict__n?: "genuine" | "inauthentic";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoordinationMarkRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCoordinationMarkList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_leaderboard_list: {
        parameters: {
            query?: {
                /**
                 * @description * `person` - личная страница
                 *     * `community` - сообщество
                 *     * `channel` - канал
                 */
                account_kind?: ("channel" | "community" | "person")[];
                archived?: boolean;
                created_at?: string;
                created_at__gt?: string;
                created_at__gte?: string;
                created_at__lt?: string;
                created_at__lte?: string;
                created_at__n?: string;
                display_name?: string;
                display_name__icontains?: string;
                display_name__iexact?: string;
                display_name__istartswith?: string;
                display_name__n?: string;
                has_overdue_tasks?: boolean;
                has_owner?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                import_key?: string;
                import_key__icontains?: string;
                import_key__iexact?: string;
                import_key__istartswith?: string;
                import_key__n?: string;
                influence_rank?: number;
                influence_rank__gt?: number;
                influence_rank__gte?: number;
                influence_rank__lt?: number;
                influence_rank__lte?: number;
                influence_rank__n?: number;
                influence_rank_delta?: number;
                influence_rank_delta__gt?: number;
                influence_rank_delta__gte?: number;
                influence_rank_delta__lt?: number;
                influence_rank_delta__lte?: number;
                influence_rank_delta__n?: number;
                influence_score?: number;
                influence_score__gt?: number;
                influence_score__gte?: number;
                influence_score__lt?: number;
                influence_score__lte?: number;
                influence_score__n?: number;
                last_interaction_after?: string;
                last_interaction_before?: string;
                no_contact_days?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                owner?: number;
                owner__n?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `vk` - ВКонтакте
                 *     * `telegram` - Telegram
                 *     * `ok` - Одноклассники
                 *     * `youtube` - YouTube
                 *     * `dzen` - Дзен
                 *     * `rutube` - RuTube
                 *     * `other` - другое
                 */
                platform?: ("dzen" | "ok" | "other" | "rutube" | "telegram" | "vk" | "youtube")[];
                /** @description поиск */
                q?: string;
                rank_max?: number;
                rank_min?: number;
                /** @description id завершённого расчёта (по умолчанию — последний) */
                run?: number;
                score_max?: number;
                score_min?: number;
                /**
                 * @description * `new` - новый
                 *     * `contacted` - установлен контакт
                 *     * `engaged` - взаимодействуем
                 *     * `partner` - партнёр
                 *     * `paused` - пауза
                 *     * `declined` - отказался
                 */
                stage?: ("contacted" | "declined" | "engaged" | "new" | "partner" | "paused")[];
                /**
                 * @description * `new` - новый
                 *     * `contacted` - установлен контакт
                 *     * `engaged` - взаимодействуем
                 *     * `partner` - партнёр
                 *     * `paused` - пауза
                 *     * `declined` - отказался
                 */
                stage__n?: ("contacted" | "declined" | "engaged" | "new" | "partner" | "paused")[];
                /**
                 * @description * `supportive` - лоялен
                 *     * `neutral` - нейтрален
                 *     * `critical` - критичен
                 *     * `unknown` - неизвестно
                 */
                stance?: ("critical" | "neutral" | "supportive" | "unknown")[];
                /**
                 * @description * `supportive` - лоялен
                 *     * `neutral` - нейтрален
                 *     * `critical` - критичен
                 *     * `unknown` - неизвестно
                 */
                stance__n?: ("critical" | "neutral" | "supportive" | "unknown")[];
                /** @description территория (с вложенными) */
                territory?: number;
                /**
                 * @description * `a` - A — ключевой
                 *     * `b` - B — значимый
                 *     * `c` - C — прочие
                 */
                tier?: ("a" | "b" | "c")[];
                topic?: unknown[];
                updated_at?: string;
                updated_at__gt?: string;
                updated_at__gte?: string;
                updated_at__lt?: string;
                updated_at__lte?: string;
                updated_at__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedLeaderboardRowList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_movers_retrieve: {
        parameters: {
            query?: {
                limit?: number;
                run?: number;
                since?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Movers"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_runs_list: {
        parameters: {
            query?: {
                backend?: string;
                backend__icontains?: string;
                backend__iexact?: string;
                backend__istartswith?: string;
                backend__n?: string;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                created_at?: string;
                created_at__gt?: string;
                created_at__gte?: string;
                created_at__lt?: string;
                created_at__lte?: string;
                created_at__n?: string;
                finished_at?: string;
                finished_at__gt?: string;
                finished_at__gte?: string;
                finished_at__lt?: string;
                finished_at__lte?: string;
                finished_at__n?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `queued` - в очереди
                 *     * `loading` - загрузка графа
                 *     * `ranking` - расчёт
                 *     * `saving` - сохранение
                 *     * `writeback` - запись в граф
                 *     * `done` - готово
                 */
                stage?: "done" | "loading" | "queued" | "ranking" | "saving" | "writeback";
                /**
                 * @description * `queued` - в очереди
                 *     * `loading` - загрузка графа
                 *     * `ranking` - расчёт
                 *     * `saving` - сохранение
                 *     * `writeback` - запись в граф
                 *     * `done` - готово
                 */
                stage__n?: "done" | "loading" | "queued" | "ranking" | "saving" | "writeback";
                /**
                 * @description * `pending` - в очереди
                 *     * `running` - выполняется
                 *     * `succeeded` - завершён
                 *     * `failed` - ошибка
                 */
                status?: "failed" | "pending" | "running" | "succeeded";
                /**
                 * @description * `pending` - в очереди
                 *     * `running` - выполняется
                 *     * `succeeded` - завершён
                 *     * `failed` - ошибка
                 */
                status__n?: "failed" | "pending" | "running" | "succeeded";
                trigger?: string;
                trigger__icontains?: string;
                trigger__iexact?: string;
                trigger__istartswith?: string;
                trigger__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedInfluenceRunOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_runs_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfluenceRun"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_runs_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this расчёт влияния. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InfluenceRunOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_runs_communities_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                run_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCommunityList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_runs_communities_members_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                number: number;
                run_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCommunityMemberList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_runs_coordination_groups_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                run_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCoordinationGroupList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    influence_runs_coordination_groups_members_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
            };
            header?: never;
            path: {
                number: number;
                run_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedCoordinationMemberList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    interactions_list: {
        parameters: {
            query?: {
                author?: number;
                author__n?: number;
                blogger?: number;
                blogger__n?: number;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                campaign?: number;
                campaign__n?: number;
                /**
                 * @description * `in` - входящее
                 *     * `out` - исходящее
                 */
                direction?: "in" | "out";
                /**
                 * @description * `in` - входящее
                 *     * `out` - исходящее
                 */
                direction__n?: "in" | "out";
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                occurred_at?: string;
                occurred_at__gt?: string;
                occurred_at__gte?: string;
                occurred_at__lt?: string;
                occurred_at__lte?: string;
                occurred_at__n?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description поиск */
                q?: string;
                /**
                 * @description * `positive` - позитивная
                 *     * `neutral` - нейтральная
                 *     * `negative` - негативная
                 */
                sentiment?: "negative" | "neutral" | "positive";
                /**
                 * @description * `positive` - позитивная
                 *     * `neutral` - нейтральная
                 *     * `negative` - негативная
                 */
                sentiment__n?: "negative" | "neutral" | "positive";
                /**
                 * @description * `meeting` - встреча
                 *     * `call` - звонок
                 *     * `message` - сообщение
                 *     * `email` - письмо
                 *     * `event_invitation` - приглашение на мероприятие
                 *     * `press_tour` - пресс-тур
                 *     * `content_request` - запрос публикации
                 *     * `complaint` - жалоба
                 *     * `other` - другое
                 */
                type?: ("call" | "complaint" | "content_request" | "email" | "event_invitation" | "meeting" | "message" | "other" | "press_tour")[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedInteractionOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    interactions_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["InteractionRequest"];
                "multipart/form-data": components["schemas"]["InteractionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    interactions_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this взаимодействие. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InteractionOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    interactions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this взаимодействие. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InteractionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["InteractionRequest"];
                "multipart/form-data": components["schemas"]["InteractionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    interactions_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this взаимодействие. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    interactions_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this взаимодействие. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedInteractionRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedInteractionRequest"];
                "multipart/form-data": components["schemas"]["PatchedInteractionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Interaction"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    posts_list: {
        parameters: {
            query?: {
                external_id?: string;
                external_id__icontains?: string;
                external_id__iexact?: string;
                external_id__istartswith?: string;
                external_id__n?: string;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description записи инцидента */
                incident?: number;
                /** @description отмечена офицером */
                labelled?: boolean;
                needs_response?: boolean;
                negativity_max?: number;
                negativity_min?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /**
                 * @description * `vk` - ВКонтакте
                 *     * `telegram` - Telegram
                 *     * `ok` - Одноклассники
                 *     * `youtube` - YouTube
                 *     * `dzen` - Дзен
                 *     * `rutube` - RuTube
                 *     * `other` - другое
                 */
                platform?: ("dzen" | "ok" | "other" | "rutube" | "telegram" | "vk" | "youtube")[];
                published_after?: string;
                published_before?: string;
                /** @description поиск */
                q?: string;
                /** @description территория (с вложенными) */
                territory?: number;
                /** @description тема */
                topic?: number[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedPostList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    posts_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this запись. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    posts_label_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this запись. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostLabelRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PostLabelRequest"];
                "multipart/form-data": components["schemas"]["PostLabelRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Post"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reports_weekly_retrieve: {
        parameters: {
            query?: {
                /**
                 * @description * `docx` - docx
                 *     * `pdf` - pdf
                 */
                format?: "docx" | "pdf";
                /** @description неделя ГГГГ-Wнн (ISO 8601); по умолчанию — прошедшая */
                week?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signals_trends_list: {
        parameters: {
            query?: {
                /** @description по умолчанию — 7 суток назад */
                since?: string;
                territory?: number;
                topic?: number[];
                /** @description по умолчанию — сейчас */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrendRow"][];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    territories_list: {
        parameters: {
            query?: {
                /** @description территория и все вложенные в неё */
                ancestor?: number;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /**
                 * @description * `region` - регион
                 *     * `urban_okrug` - городской округ
                 *     * `municipal_district` - муниципальный район
                 *     * `municipal_okrug` - муниципальный округ
                 *     * `settlement` - поселение
                 */
                kind?: "municipal_district" | "municipal_okrug" | "region" | "settlement" | "urban_okrug";
                /**
                 * @description * `region` - регион
                 *     * `urban_okrug` - городской округ
                 *     * `municipal_district` - муниципальный район
                 *     * `municipal_okrug` - муниципальный округ
                 *     * `settlement` - поселение
                 */
                kind__n?: "municipal_district" | "municipal_okrug" | "region" | "settlement" | "urban_okrug";
                name?: string;
                name__icontains?: string;
                name__iexact?: string;
                name__istartswith?: string;
                name__n?: string;
                oktmo?: string;
                oktmo__icontains?: string;
                oktmo__iexact?: string;
                oktmo__istartswith?: string;
                oktmo__n?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                parent?: number;
                parent__n?: number;
                /** @description поиск */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTerritoryOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    territories_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerritoryRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TerritoryRequest"];
                "multipart/form-data": components["schemas"]["TerritoryRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Territory"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    territories_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this территория. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerritoryOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    territories_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this территория. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerritoryRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TerritoryRequest"];
                "multipart/form-data": components["schemas"]["TerritoryRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Territory"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    territories_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this территория. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    territories_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this территория. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedTerritoryRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedTerritoryRequest"];
                "multipart/form-data": components["schemas"]["PatchedTerritoryRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Territory"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tokens_list: {
        parameters: {
            query?: {
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                user?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedApiTokenList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tokens_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiTokenRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["ApiTokenRequest"];
                "multipart/form-data": components["schemas"]["ApiTokenRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokenCreated"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tokens_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this API-токен. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tokens_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this API-токен. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    topics_list: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                name?: string;
                name__icontains?: string;
                name__iexact?: string;
                name__istartswith?: string;
                name__n?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description поиск */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedTopicOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    topics_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TopicRequest"];
                "multipart/form-data": components["schemas"]["TopicRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    topics_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this тема. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopicOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    topics_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this тема. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopicRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["TopicRequest"];
                "multipart/form-data": components["schemas"]["TopicRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    topics_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this тема. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    topics_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this тема. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedTopicRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedTopicRequest"];
                "multipart/form-data": components["schemas"]["PatchedTopicRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Topic"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_list: {
        parameters: {
            query?: {
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description поиск */
                q?: string;
                username?: string;
                username__icontains?: string;
                username__iexact?: string;
                username__istartswith?: string;
                username__n?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedUserList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this пользователь. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    vk_accounts_list: {
        parameters: {
            query?: {
                blogger?: number;
                blogger__n?: number;
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                /** @description синхронизация не удаётся несколько раз подряд */
                failing?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description поиск */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedVkAccountStatusOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    vk_accounts_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this аккаунт. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VkAccountStatusOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    watch_topics_list: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
                id?: number;
                id__gt?: number;
                id__gte?: number;
                id__lt?: number;
                id__lte?: number;
                id__n?: number;
                is_active?: boolean;
                name?: string;
                name__icontains?: string;
                name__iexact?: string;
                name__istartswith?: string;
                name__n?: string;
                /** @description Which field to use when ordering the results. */
                ordering?: string;
                owner?: number;
                owner__n?: number;
                /** @description A page number within the paginated result set. */
                page?: number;
                /** @description Number of results to return per page. */
                page_size?: number;
                /** @description поиск */
                q?: string;
                territory?: number;
                territory__n?: number;
                weight?: number;
                weight__gt?: number;
                weight__gte?: number;
                weight__lt?: number;
                weight__lte?: number;
                weight__n?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedWatchTopicOrBriefList"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    watch_topics_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WatchTopicRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["WatchTopicRequest"];
                "multipart/form-data": components["schemas"]["WatchTopicRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchTopic"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    watch_topics_retrieve: {
        parameters: {
            query?: {
                /** @description Краткая форма записей (поля …Brief): для списков выбора и вложенных ссылок. */
                brief?: boolean;
            };
            header?: never;
            path: {
                /** @description A unique integer value identifying this тема мониторинга. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchTopicOrBrief"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    watch_topics_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this тема мониторинга. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WatchTopicRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["WatchTopicRequest"];
                "multipart/form-data": components["schemas"]["WatchTopicRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchTopic"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    watch_topics_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this тема мониторинга. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    watch_topics_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A unique integer value identifying this тема мониторинга. */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PatchedWatchTopicRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["PatchedWatchTopicRequest"];
                "multipart/form-data": components["schemas"]["PatchedWatchTopicRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchTopic"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    watch_topics_preview_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WatchTopicPreviewRequestRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["WatchTopicPreviewRequestRequest"];
                "multipart/form-data": components["schemas"]["WatchTopicPreviewRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchTopicPreview"];
                };
            };
            /** @description Некорректный запрос: поля с ошибками в error.fields. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не выполнен вход или недействительный токен. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Роли пользователя это не разрешено. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Не найдено. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Ответ в запрошенном типе (заголовок Accept) дать нельзя. */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Конфликт с существующими данными. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Слишком много запросов. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
