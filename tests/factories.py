"""factory_boy factories for the CRM models."""

from __future__ import annotations

from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from crm import models


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Territory
        django_get_or_create = ["name"]

    name = "Заречная область"
    kind = models.Territory.Kind.REGION


class TerritoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Territory

    name = factory.Sequence(lambda n: f"Муниципалитет {n}")
    kind = models.Territory.Kind.URBAN_OKRUG
    parent = factory.SubFactory(RegionFactory)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Topic
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Тема {n}")


class BloggerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Blogger

    display_name = factory.Sequence(lambda n: f"Блогер {n}")


class SocialAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.SocialAccount

    platform = models.Platform.VK
    kind = models.AccountKind.PERSON
    external_id = factory.Sequence(lambda n: str(100000 + n))
    url = factory.LazyAttribute(lambda a: f"https://vk.com/id{a.external_id}")


class InteractionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Interaction

    blogger = factory.SubFactory(BloggerFactory)
    type = models.Interaction.Type.CALL
    direction = models.Interaction.Direction.OUTBOUND
    summary = "Обсудили публикацию"
    occurred_at = factory.LazyFunction(timezone.now)


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.FollowUp

    blogger = factory.SubFactory(BloggerFactory)
    title = "Перезвонить"
    due_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=3))


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Campaign

    title = factory.Sequence(lambda n: f"Кампания {n}")
    starts_on = factory.LazyFunction(timezone.localdate)
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.CampaignParticipant

    campaign = factory.SubFactory(CampaignFactory)
    blogger = factory.SubFactory(BloggerFactory)
