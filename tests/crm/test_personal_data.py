from django.apps import apps

from crm.personal_data import PERSONAL_DATA_FIELDS, personal_fields


def test_every_registered_personal_field_exists():
    for label, fields in PERSONAL_DATA_FIELDS.items():
        model = apps.get_model(label)
        model_fields = {f.name for f in model._meta.get_fields()}
        assert set(fields) <= model_fields, label


def test_blogger_contact_fields_are_registered():
    assert set(personal_fields("crm.Blogger")) == {"real_name", "phone", "email"}
    assert personal_fields("crm.Topic") == ()
