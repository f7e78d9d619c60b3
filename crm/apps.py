from django.apps import AppConfig


class CrmConfig(AppConfig):
    name = "crm"
    verbose_name = "CRM"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from backend.sqlite import install_unicode_like

        connection_created.connect(install_unicode_like, dispatch_uid="rezonans_unicode_like")
