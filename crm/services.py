"""CRM writes. Every function is keyword-only, transactional and records who
changed what (django-simple-history) when an ``actor`` is given."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history

from backend import roles
from backend.errors import Duplicate, ValidationFailed
from crm.models import (
    Blogger,
    CampaignParticipant,
    CampaignPublication,
    FollowUp,
    Interaction,
    ParticipantStatus,
    PersonalDataAccess,
    SocialAccount,
    Territory,
    Topic,
)
from crm.personal_data import personal_fields
from crm.selectors import MERGE_FILLED_FIELDS
from crm.social_urls import AccountURLError, ParsedAccount, parse_account_url, parse_post_url

BLOGGER_EDITABLE_FIELDS = frozenset(
    {
        "display_name",
        "real_name",
        "phone",
        "email",
        "description",
        "territory",
        "stance",
        "stage",
        "tier",
        "owner",
        "notes",
        "is_archived",
        "import_key",
    }
)

# How far along the campaign pipeline each status is; merge keeps the furthest.
_PARTICIPANT_PROGRESS: dict[str, int] = {
    ParticipantStatus.DECLINED: 0,
    ParticipantStatus.INVITED: 1,
    ParticipantStatus.AGREED: 2,
    ParticipantStatus.PUBLISHED: 3,
}


def _with_actor(obj: Any, actor: User | None, reason: str | None = None) -> Any:
    obj._history_user = actor
    if reason:
        obj._change_reason = reason
    return obj


def _account_lookup(parsed: ParsedAccount) -> Q:
    query = Q(pk__in=[])
    if parsed.external_id:
        query |= Q(platform=parsed.platform, external_id=parsed.external_id)
    if parsed.screen_name:
        query |= Q(platform=parsed.platform, screen_name=parsed.screen_name)
    return query


def account_find(*, parsed: ParsedAccount) -> SocialAccount | None:
    """The stored account a parsed URL points to, by external id or screen name."""
    return SocialAccount.objects.filter(_account_lookup(parsed)).select_related("blogger").first()


def _parse_urls(urls: Sequence[str], *, field: str) -> list[ParsedAccount]:
    """Every link of ``urls`` normalised; refused naming the input ``field`` and,
    per bad link, its position in the list (``[0] link: why``)."""
    parsed: list[ParsedAccount] = []
    errors: list[str] = []
    for index, url in enumerate(urls):
        try:
            parsed.append(parse_account_url(url))
        except AccountURLError as exc:
            errors.append(f"[{index}] {url}: {exc}")
    if errors:
        raise ValidationFailed(_("Некорректные ссылки на аккаунты."), fields={field: errors})
    return parsed


def _refuse_if_owned(
    parsed: ParsedAccount, *, field: str, allowed_blogger: Blogger | None = None
) -> None:
    existing = account_find(parsed=parsed)
    owner = existing.blogger if existing else None
    if existing is not None and owner is not None and owner != allowed_blogger:
        raise Duplicate(
            _("Аккаунт %(url)s уже привязан к блогеру «%(blogger)s» (id %(id)s).")
            % {"url": existing.url or parsed.url, "blogger": owner, "id": owner.pk},
            existing=owner,
            fields={
                field: [_("%(url)s: уже у блогера id %(id)s") % {"url": parsed.url, "id": owner.pk}]
            },
        )


@transaction.atomic
def account_add_from_url(
    *, url: str, blogger: Blogger | None = None, actor: User | None = None
) -> tuple[SocialAccount, bool]:
    """Attach the account behind ``url`` to ``blogger`` (or keep it unassigned).

    Idempotent: an account already stored (by external id or screen name) is
    reused and linked; returns ``(account, created)``. Refuses with
    ``Duplicate`` when the account belongs to another blogger.
    """
    try:
        parsed = parse_account_url(url)
    except AccountURLError as exc:
        raise ValidationFailed(str(exc), fields={"url": [str(exc)]}) from exc
    _refuse_if_owned(parsed, field="url", allowed_blogger=blogger)
    account = account_find(parsed=parsed)
    if account is not None:
        if blogger is not None and account.blogger_id != blogger.pk:
            account.blogger = blogger
            _with_actor(account, actor).save(update_fields=["blogger"])
        return account, False
    account = SocialAccount(
        platform=parsed.platform,
        kind=parsed.kind,
        external_id=parsed.external_id,
        screen_name=parsed.screen_name,
        url=parsed.url,
        blogger=blogger,
    )
    _with_actor(account, actor).save()
    return account, True


@transaction.atomic
def account_attach_external_id(*, account: SocialAccount, external_id: str) -> SocialAccount:
    """Give an account known only by its screen name its VK id.

    When another row already holds that id (met earlier as an unassigned
    account of the ledger), the two are one account: the blogger link and
    campaign publications move to that row and the name-only row (which the
    ledger never references) is deleted. Refuses when both rows belong to
    different bloggers. Returns the row that now carries the id.
    """
    other = (
        SocialAccount.objects.select_for_update()
        .filter(platform=account.platform, external_id=external_id)
        .exclude(pk=account.pk)
        .first()
    )
    if other is None:
        account.external_id = external_id
        account.save(update_fields=["external_id", "updated_at"])
        return account
    if account.blogger_id and other.blogger_id and account.blogger_id != other.blogger_id:
        raise ValidationFailed(
            _("Страница %(page)s уже привязана к другому блогеру (id %(id)s).")
            % {"page": external_id, "id": other.blogger_id},
            fields={
                "url": [
                    _("%(url)s: уже у блогера id %(id)s")
                    % {"url": account.screen_name, "id": other.blogger_id}
                ]
            },
        )
    CampaignPublication.objects.filter(account=account).update(account=other)
    blogger_id, screen_name = account.blogger_id, account.screen_name
    account.delete()
    changed = []
    if blogger_id and not other.blogger_id:
        other.blogger_id = blogger_id
        changed.append("blogger")
    if screen_name and not other.screen_name:
        other.screen_name = screen_name
        changed.append("screen_name")
    if changed:
        other.save(update_fields=[*changed, "updated_at"])
    return other


def _blogger_validate(fields: dict[str, Any]) -> None:
    unknown = set(fields) - BLOGGER_EDITABLE_FIELDS
    if unknown:
        raise ValidationFailed(
            _("Неизвестные поля: %(names)s.") % {"names": ", ".join(sorted(unknown))},
            fields={name: [_("Неизвестное поле.")] for name in sorted(unknown)},
        )
    if "display_name" in fields and not str(fields["display_name"] or "").strip():
        raise ValidationFailed(
            _("Укажите имя блогера."), fields={"display_name": [_("Обязательное поле.")]}
        )


@transaction.atomic
def blogger_create(
    *,
    display_name: str,
    account_urls: Sequence[str] = (),
    topics: Iterable[Topic] = (),
    actor: User | None = None,
    **fields: Any,
) -> Blogger:
    """Create a blogger with their accounts.

    Refuses with ``Duplicate`` (pointing at the existing blogger) when any of
    the accounts is already linked to a blogger; nothing is written then.
    Accounts seen before in the graph but unassigned are linked, not copied.
    """
    fields["display_name"] = display_name
    _blogger_validate(fields)
    parsed_accounts = _parse_urls(account_urls, field="account_urls")
    for parsed in parsed_accounts:
        _refuse_if_owned(parsed, field="account_urls")
    blogger = Blogger(**fields)
    _with_actor(blogger, actor).save()
    topic_list = list(topics)
    if topic_list:
        blogger.topics.set(topic_list)
    for parsed in parsed_accounts:
        account_add_from_url(url=parsed.url, blogger=blogger, actor=actor)
    return blogger


@transaction.atomic
def blogger_update(
    *,
    blogger: Blogger,
    actor: User | None = None,
    topics: Iterable[Topic] | None = None,
    **fields: Any,
) -> Blogger:
    """Change the given fields (and topics when passed); a no-op writes no history."""
    _blogger_validate(fields)
    changed = [name for name, value in fields.items() if getattr(blogger, name) != value]
    for name in changed:
        setattr(blogger, name, fields[name])
    if changed:
        _with_actor(blogger, actor).save(update_fields=[*changed, "updated_at"])
    if topics is not None:
        blogger.topics.set(list(topics))
    return blogger


@dataclass(frozen=True)
class MergeReport:
    target: Blogger
    accounts: int
    interactions: int
    followups: int
    participations: int
    fields_filled: tuple[str, ...]


def blogger_merge_check(*, source: Blogger, target: Blogger) -> None:
    """Refuse a merge that cannot happen: a blogger with itself, a source
    already merged away, or a target that was itself merged into another."""
    if source.pk == target.pk:
        raise ValidationFailed(
            _("Нельзя объединить блогера с самим собой."),
            code="merge_self",
            fields={"into": [_("Выберите другую запись.")]},
        )
    if source.merged_into_id:
        raise ValidationFailed(
            _("Блогер «%(blogger)s» уже объединён с id %(id)s.")
            % {"blogger": source, "id": source.merged_into_id},
            code="merge_already_merged",
            fields={"source": [_("Уже объединён.")]},
        )
    if target.merged_into_id:
        raise ValidationFailed(
            _("Блогер «%(blogger)s» уже объединён с id %(id)s: объединяйте с той записью.")
            % {"blogger": target, "id": target.merged_into_id},
            code="merge_target_merged",
            fields={"into": [_("Запись объединена с id %(id)s.") % {"id": target.merged_into_id}]},
        )


@transaction.atomic
def blogger_merge(*, source: Blogger, target: Blogger, actor: User | None = None) -> MergeReport:
    """Merge duplicate ``source`` into ``target``.

    Moves accounts, interactions, follow-ups and campaign participations
    (keeping the furthest pipeline status and all publications when both took
    part in one campaign), unions topics, fills target's empty fields from
    source, then archives source with ``merged_into`` set. Nothing is deleted,
    so both records' history stays complete. Row-locks both bloggers.
    ``crm.selectors.blogger_merge_preview`` tells beforehand what moves.
    """
    blogger_merge_check(source=source, target=target)
    locked = {
        b.pk: b for b in Blogger.objects.select_for_update().filter(pk__in=[source.pk, target.pk])
    }
    source, target = locked[source.pk], locked[target.pk]
    blogger_merge_check(source=source, target=target)
    reason = f"merge: blogger {source.pk} into {target.pk}"

    def move(queryset: Any, model: type, field: str = "blogger") -> int:
        objs = list(queryset)
        for obj in objs:
            setattr(obj, field, target)
        if objs:
            bulk_update_with_history(
                objs, model, [field], default_user=actor, default_change_reason=reason
            )
        return len(objs)

    accounts = move(source.accounts.all(), SocialAccount)
    interactions = move(source.interactions.all(), Interaction)
    followups = move(source.followups.all(), FollowUp)

    participations = 0
    target_parts = {p.campaign_id: p for p in target.participations.all()}
    for part in source.participations.select_related("campaign"):
        existing = target_parts.get(part.campaign_id)
        if existing is None:
            part.blogger = target
            _with_actor(part, actor, reason).save(update_fields=["blogger"])
        else:
            if _PARTICIPANT_PROGRESS[part.status] > _PARTICIPANT_PROGRESS[existing.status]:
                existing.status = part.status
            if part.notes and part.notes not in existing.notes:
                existing.notes = "\n".join(filter(None, [existing.notes, part.notes]))
            _with_actor(existing, actor, reason).save()
            for publication in part.publications.all():
                if not existing.publications.filter(url=publication.url).exists():
                    publication.participant = existing
                    _with_actor(publication, actor, reason).save(update_fields=["participant"])
            # The duplicate participation row is emptied, not deleted, so its history remains.
            part.status = ParticipantStatus.DECLINED
            part.notes = f"Объединено с участием блогера id {target.pk}."
            _with_actor(part, actor, reason).save()
        participations += 1

    filled: list[str] = []
    # import_key is unique, so it stays with the archived source.
    for name in MERGE_FILLED_FIELDS:
        if not getattr(target, name) and getattr(source, name):
            setattr(target, name, getattr(source, name))
            filled.append(name)
    if source.notes and source.notes not in target.notes:
        target.notes = "\n\n".join(filter(None, [target.notes, source.notes]))
        filled.append("notes")
    _with_actor(target, actor, reason).save()
    target.topics.add(*source.topics.all())

    source.is_archived = True
    source.merged_into = target
    _with_actor(source, actor, reason).save(
        update_fields=["is_archived", "merged_into", "updated_at"]
    )
    return MergeReport(target, accounts, interactions, followups, participations, tuple(filled))


@transaction.atomic
def interaction_create(
    *,
    blogger: Blogger,
    type: str,
    direction: str,
    summary: str,
    occurred_at: datetime | None = None,
    actor: User | None = None,
    followup_title: str = "",
    followup_due: date | None = None,
    **fields: Any,
) -> Interaction:
    """Log an interaction; optionally create its follow-up task in the same transaction.

    Logging the first outbound contact with a ``new`` blogger moves them to
    ``contacted``.
    """
    if not summary.strip():
        raise ValidationFailed(
            _("Опишите взаимодействие."), fields={"summary": [_("Обязательное поле.")]}
        )
    if followup_title and followup_due is None:
        raise ValidationFailed(
            _("Укажите срок задачи."), fields={"followup_due": [_("Обязательное поле.")]}
        )
    interaction = Interaction(
        blogger=blogger,
        type=type,
        direction=direction,
        summary=summary,
        occurred_at=occurred_at or timezone.now(),
        author=actor if actor is not None and actor.is_authenticated else None,
        **fields,
    )
    interaction.full_clean(exclude=["blogger", "author", "campaign"])
    _with_actor(interaction, actor).save()
    if followup_title and followup_due is not None:
        followup_create(
            blogger=blogger,
            title=followup_title,
            due_date=followup_due,
            assignee=interaction.author,
            interaction=interaction,
            actor=actor,
        )
    if direction == Interaction.Direction.OUTBOUND:
        # The stage as it is now, under a row lock: ``blogger`` may have been read before
        # someone else changed the stage, and that change must not be overwritten.
        current = Blogger.objects.select_for_update().get(pk=blogger.pk)
        if current.stage == "new":
            blogger_update(blogger=current, actor=actor, stage="contacted")
        blogger.stage = current.stage
    return interaction


def followup_create(
    *,
    blogger: Blogger,
    title: str,
    due_date: date,
    assignee: Any = None,
    interaction: Interaction | None = None,
    actor: User | None = None,
    notes: str = "",
) -> FollowUp:
    if not title.strip():
        raise ValidationFailed(_("Укажите задачу."), fields={"title": [_("Обязательное поле.")]})
    followup = FollowUp(
        blogger=blogger,
        title=title,
        due_date=due_date,
        assignee=assignee,
        interaction=interaction,
        notes=notes,
    )
    _with_actor(followup, actor).save()
    return followup


def followup_set_status(*, followup: FollowUp, status: str, actor: User | None = None) -> FollowUp:
    """Close, cancel or reopen a task; ``completed_at`` follows the status."""
    if status not in FollowUp.Status.values:
        raise ValidationFailed(
            _("Неизвестный статус %(status)r.") % {"status": status},
            fields={"status": [_("Неверное значение.")]},
        )
    followup.status = status
    followup.completed_at = timezone.now() if status == FollowUp.Status.DONE else None
    _with_actor(followup, actor).save(update_fields=["status", "completed_at"])
    return followup


def participant_set_status(
    *, participant: CampaignParticipant, status: str, actor: User | None = None
) -> CampaignParticipant:
    if status not in ParticipantStatus.values:
        raise ValidationFailed(
            _("Неизвестный статус %(status)r.") % {"status": status},
            fields={"status": [_("Неверное значение.")]},
        )
    participant.status = status
    _with_actor(participant, actor).save(update_fields=["status", "updated_at"])
    return participant


def _publication_account(participant: CampaignParticipant, url: str) -> SocialAccount | None:
    """The participant's account a post link points to, if it is one of theirs."""
    parsed = parse_post_url(url)
    if parsed is None:
        return None
    accounts = SocialAccount.objects.filter(
        blogger_id=participant.blogger_id, platform=parsed.platform
    )
    if parsed.owner_external_id:
        return accounts.filter(external_id=parsed.owner_external_id).first()
    return accounts.filter(screen_name=parsed.owner_screen_name).first()


def _refuse_recorded_publication(
    participant: CampaignParticipant, url: str, exclude: int | None = None
) -> None:
    existing = CampaignPublication.objects.filter(participant=participant, url=url)
    if exclude is not None:
        existing = existing.exclude(pk=exclude)
    found = existing.first()
    if found is not None:
        raise Duplicate(
            _("Публикация %(url)s уже записана (id %(id)s).") % {"url": url, "id": found.pk},
            existing=found,
            fields={"url": [_("Эта публикация уже записана.")]},
        )


@transaction.atomic
def publication_record(
    *,
    participant: CampaignParticipant,
    url: str,
    published_at: datetime | None = None,
    account: SocialAccount | None = None,
    actor: User | None = None,
) -> CampaignPublication:
    """Record a post a campaign participant published (its link). The account,
    when not given, is the participant's account the link points to; the
    participant moves to ``published``. Refuses a link already recorded for the
    participant (``Duplicate``)."""
    _refuse_recorded_publication(participant, url)
    publication = CampaignPublication(
        participant=participant,
        url=url,
        published_at=published_at,
        account=account or _publication_account(participant, url),
    )
    _with_actor(publication, actor).save()
    if participant.status != ParticipantStatus.PUBLISHED:
        participant_set_status(
            participant=participant, status=ParticipantStatus.PUBLISHED, actor=actor
        )
    return publication


@transaction.atomic
def publication_update(
    *, publication: CampaignPublication, actor: User | None = None, **fields: Any
) -> CampaignPublication:
    """Change a recorded publication (``url``, ``published_at``, ``account``,
    ``participant``); a new link re-finds its account unless one is given."""
    unknown = set(fields) - {"url", "published_at", "account", "participant"}
    if unknown:
        raise ValidationFailed(
            _("Неизвестные поля: %(names)s.") % {"names": ", ".join(sorted(unknown))},
            fields={name: [_("Неизвестное поле.")] for name in sorted(unknown)},
        )
    for name, value in fields.items():
        setattr(publication, name, value)
    if "url" in fields or "participant" in fields:
        _refuse_recorded_publication(
            publication.participant, publication.url, exclude=publication.pk
        )
        if "account" not in fields:
            publication.account = _publication_account(publication.participant, publication.url)
    _with_actor(publication, actor).save()
    return publication


def territory_create(
    *,
    name: str,
    kind: str,
    parent: Territory | None = None,
    oktmo: str = "",
    actor: User | None = None,
) -> Territory:
    territory = Territory(name=name, kind=kind, parent=parent, oktmo=oktmo)
    territory.full_clean()
    _with_actor(territory, actor).save()
    return territory


PERSONAL_DATA_ERASED = "personal data erased"


@dataclass(frozen=True)
class ErasureReport:
    blogger: Blogger
    fields: tuple[str, ...]
    erased_at: datetime
    history_rows_scrubbed: int


@transaction.atomic
def blogger_erase_personal_data(*, blogger: Blogger, actor: User | None = None) -> ErasureReport:
    """Erase the blogger's personal-data fields (``crm.personal_data``), in the
    record and in every earlier history row, and leave one history entry
    "personal data erased" with who and when. Idempotent: erasing again
    changes nothing but adds another dated entry."""

    fields = personal_fields("crm.Blogger")
    blank = {name: "" for name in fields}
    locked = Blogger.objects.select_for_update().get(pk=blogger.pk)
    scrubbed = Blogger.history.filter(id=locked.pk).update(**blank)
    for name, value in blank.items():
        setattr(locked, name, value)
    _with_actor(locked, actor, PERSONAL_DATA_ERASED).save(update_fields=[*fields, "updated_at"])
    entry = locked.history.latest()
    return ErasureReport(locked, fields, entry.history_date, scrubbed)


MIN_PASSWORD_LENGTH = 12


@transaction.atomic
def user_ensure(
    *, username: str, role: str, password: str, full_name: str = ""
) -> tuple[User, bool]:
    """Create or update the staff login ``username`` with exactly one ``role``
    (one of ``backend.roles.ROLES``), its name and password. Idempotent: run it
    again to change any of them; the same password again is kept as it is, so the
    user's sessions stay signed in. Returns the user and whether it was created."""
    if role not in roles.ROLES:
        raise ValidationFailed(f"Неизвестная роль {role!r}.", fields={"role": ["unknown role"]})
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed(
            f"Пароль должен быть не короче {MIN_PASSWORD_LENGTH} символов.",
            fields={"password": ["too short"]},
        )
    first, _, last = full_name.strip().partition(" ")
    user, created = get_user_model().objects.get_or_create(username=username)
    try:  # the configured validators (AUTH_PASSWORD_VALIDATORS): common, numeric, like the name
        validate_password(password, user=user)
    except DjangoValidationError as exc:
        raise ValidationFailed(
            "Пароль не подходит: " + " ".join(exc.messages), fields={"password": exc.messages}
        ) from exc
    user.first_name, user.last_name = first, last
    user.is_active = True
    if not user.check_password(password):  # a new hash would sign every session out
        user.set_password(password)
    user.save()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in roles.ROLES}
    user.groups.remove(*[group for name, group in groups.items() if name != role])
    user.groups.add(groups[role])
    return user, created


def personal_data_access_record(
    *, user: Any, blogger_ids: Iterable[int], action: str, ip: str | None = None, path: str = ""
) -> int:
    """Log that ``user`` read (or exported, erased) the personal data of these
    bloggers: one ``PersonalDataAccess`` row each, in one bulk insert. Returns the
    number of rows written."""
    username = user.get_username() if getattr(user, "is_authenticated", False) else ""
    rows = [
        PersonalDataAccess(
            user=user if username else None,
            username=username,
            blogger_id=blogger_id,
            action=action,
            ip=ip or None,
            path=path[:255],
        )
        for blogger_id in dict.fromkeys(blogger_ids)
    ]
    PersonalDataAccess.objects.bulk_create(rows, batch_size=5000)
    return len(rows)
