## Гарины: заинтересованные, предлагаемые группы, приглашения, страница гарина, сообщения группе. $form: m / f / p.

menu-garin = 🌱 Мой гарин
menu-garin-admin = 🌱 Гарины и заинтересованные

garin-any = не указано
garin-someone = участник гарина
garin-back = ⬅️ Назад
garin-to-menu = ↩️ Меню
garin-cancel = ✖️ Отмена
garin-skip = Пропустить
garin-place = { $locality } ({ $region })
garin-name-invalid = Пожалуйста, напишите имя длиной до { $limit } символов.
garin-text-invalid = Пожалуйста, напишите сообщение длиной до { $limit } символов.
garin-gone = Этого гарина уже нет, или он вне вашего региона.

## Почему человек в списке
garin-reason-group = хочет в гарин
garin-reason-feedback = просьба после домашней встречи
garin-reason-attended = участие в домашней встрече
garin-reason-considering = думает о переезде

## Координаторы
garin-admin-title = { $count ->
        [0] 🌱 Гаринов пока нет. Начните со списка заинтересованных, с предложений или с нового гарина.
        [one] 🌱 Один гарин. Выберите его или посмотрите заинтересованных и предложения.
       *[other] 🌱 Гаринов: { $count }. Выберите один или посмотрите заинтересованных и предложения.
    }
garin-admin-line = { $garin } · { $place } · { $count ->
        [one] { $count } участник
        [few] { $count } участника
       *[many] { $count } участников
    }
garin-admin-leads = 👥 Заинтересованные
garin-admin-cohorts = 🧩 Предлагаемые группы
garin-admin-new = ➕ Новый гарин
garin-leads-title = { $count ->
        [0] Заинтересованных пока нет ({ $where }).
        [one] { $count } заинтересованный ({ $where }):
        [few] { $count } заинтересованных ({ $where }):
       *[many] { $count } заинтересованных ({ $where }):
    }
garin-leads-more = …и ещё { $count } (полный список в выгрузке).
garin-everywhere = все регионы
garin-leads-all = 🌍 Все регионы
garin-lead-line = { $name }: { $reasons } · { $regions } · { $timing } · { $household }
garin-export-csv = 📄 Выгрузить CSV
garin-export-xlsx = 📊 Выгрузить в Excel
garin-export-ready = { $count ->
        [one] Вот { $count } заинтересованный, в таблице.
       *[other] Вот заинтересованные ({ $count }), в таблице.
    }
garin-col-person = Номер
garin-col-name = Имя
garin-col-reasons = Почему в списке
garin-col-regions = Регионы
garin-col-sites = Места
garin-col-timing = Сроки
garin-col-household = Семейное положение
garin-col-residence = Место жительства
garin-col-garinim = Гарины

## Предлагаемые группы
garin-cohorts-title = { $count ->
        [0] Предложить нечего: пока нет заинтересованных вне гарина.
        [one] { $count } предлагаемая группа (целевой размер { $target }):
        [few] { $count } предлагаемые группы (целевой размер { $target }):
       *[many] { $count } предлагаемых групп (целевой размер { $target }):
    }
garin-cohorts-hint = Выберите группу, чтобы изменить её. Можно написать число, чтобы изменить целевой размер, или название поля опроса, чтобы группировать и по нему.
garin-cohort-line = { $region } · { $timing } · { $count ->
        [one] { $count } человек
        [few] { $count } человека
       *[many] { $count } человек
    }
garin-cohorts-by = 🔀 Ещё и по: { $field }
garin-cohorts-plain = 🔀 Только регион и сроки
garin-why-region = один регион ({ $region })
garin-why-timing = одни сроки ({ $timing })
garin-why-extra = одинаковое поле «{ $field }» ({ $value })
garin-why-split = часть { $part } из { $parts } большой группы
garin-why-small = меньше половины цели в { $target }
garin-cohort-remove = ➖ { $name }
garin-cohort-add = ➕ Добавить человека
garin-cohort-add-prompt = { $count ->
        [0] Добавить некого.
       *[other] Могут присоединиться ещё: { $count }. Выберите:
    }
garin-cohort-create = ✅ Создать гарин и пригласить их
garin-cohort-empty = Группа пуста: сначала добавьте кого-нибудь.

## Новый гарин
garin-new-name = Как называется гарин?
garin-new-place = Куда он направляется? Напишите населённый пункт или выберите регион.
garin-new-place-pick = Что вы имели в виду?
garin-place-unknown = Я не знаю такого населённого пункта. Попробуйте другое написание или выберите регион.
garin-out-of-scope = Вы координируете только регион «{ $region }»: выберите место там.
garin-created = { $count ->
        [0] 🌱 Гарин «{ $garin }» создан. Пригласить людей можно со страницы гарина.
        [one] 🌱 Гарин «{ $garin }» создан, { $count } приглашение отправляется.
        [few] 🌱 Гарин «{ $garin }» создан, { $count } приглашения отправляются.
       *[many] 🌱 Гарин «{ $garin }» создан, { $count } приглашений отправляются.
    }

## Один гарин (координаторы)
garin-detail = 🌱 { $garin } · { $place }
    { $count ->
        [0] Участников пока нет.
        [one] { $count } участник: { $names }
        [few] { $count } участника: { $names }
       *[many] { $count } участников: { $names }
    }
    { $pending ->
        [0] Нет приглашений без ответа.
        [one] { $pending } приглашение ждёт ответа.
        [few] { $pending } приглашения ждут ответа.
       *[many] { $pending } приглашений ждут ответа.
    }
    Координатор гарина: { $lead }
garin-invite = ✉️ Пригласить людей
garin-invite-prompt = { $count ->
        [0] Все заинтересованные уже приглашены.
       *[other] Можно пригласить: { $count }. Выберите:
    }
garin-invited = { $count ->
        [0] Этот человек уже приглашён.
       *[other] ✉️ Приглашение отправлено. Присоединяются только те, кто согласится.
    }
garin-set-lead = 🧭 Выбрать координатора гарина
garin-set-lead-prompt = { $count ->
        [0] В гарине пока нет участников.
       *[other] Кто будет координатором гарина?
    }
garin-lead-set = 🧭 Координатор гарина назначен.

## Приглашения
garin-invitation = 🌱 Вас приглашают в гарин «{ $garin }», который направляется в { $place }. { $count ->
        [0] Вы будете среди первых участников.
        [one] Пока присоединился { $count } участник.
        [few] Пока присоединились { $count } участника.
       *[many] Пока присоединились { $count } участников.
    } Хотите присоединиться? Никого не добавляют без согласия.
garin-accept = ✅ { $form ->
        [p] Присоединяемся
       *[other] Присоединяюсь
    }
garin-decline = ✖️ Не сейчас
garin-joined = 🎉 Добро пожаловать в «{ $garin }»!
garin-declined = Спасибо за ответ. Вы не присоединяетесь к «{ $garin }».
garin-invitation-gone = Это приглашение больше не действует.
garin-invitation-answered = Вы уже ответили на это приглашение.
garin-ask-name = Какое имя увидят другие участники?

## Страница гарина
garin-home-title = 🌱 { $garin } · { $place }
garin-home-members = { $count ->
        [one] 👥 { $count } участник: { $names }
        [few] 👥 { $count } участника: { $names }
       *[many] 👥 { $count } участников: { $names }
    }
garin-home-lead = 🧭 Координатор гарина: { $name }. «Написать группе» доходит и до него.
garin-home-you-lead = 🧭 Вы координируете этот гарин.
garin-home-no-lead = 🧭 Координатора гарина пока нет; поможет сопровождающий координатор.
garin-home-no-gatherings = 📅 Встречи пока не назначены.
garin-home-gathering = 📅 { $title }, { $when }
garin-home-none = Вы пока не в гарине.
garin-home-pick = Какой гарин?
garin-write = ✍️ Написать группе
garin-announce-button = 📣 Сообщение гарину
garin-mute = 🔕 Отключить сообщения группы
garin-unmute = 🔔 Включить сообщения группы
garin-muted = 🔕 Сообщения группы «{ $garin }» отключены.
garin-unmuted = 🔔 Сообщения группы «{ $garin }» снова включены.
garin-leave = 🚪 Выйти из гарина
garin-leave-confirm = Выйти из «{ $garin }»? Вы больше не будете получать его сообщения.
garin-leave-yes = Да, выйти
garin-leave-no = Нет, остаться
garin-left = Вы вышли из «{ $garin }».
garin-not-member = Вы не участник этого гарина.

## Сообщения группе
garin-announce-prompt = { $count ->
        [one] Напишите сообщение для «{ $garin }» ({ $count } участник):
        [few] Напишите сообщение для «{ $garin }» ({ $count } участника):
       *[many] Напишите сообщение для «{ $garin }» ({ $count } участников):
    }
garin-announce-preview = Вот что получат участники:

    { $text }
garin-send = 📤 Отправить
garin-send-urgent = 🚨 Отправить как срочное (даже в шабат и ночью)
garin-not-sent = Ничего не отправлено.
garin-announce-sent = { $count ->
        [0] 📤 Отправлено: сейчас нет других участников, получающих сообщения группы.
        [one] 📤 Отправлено { $count } участнику.
       *[other] 📤 Отправлено участникам: { $count }.
    }
garin-announce = { $urgent ->
        [1] 🚨 Срочно, { $garin }
       *[other] 📣 { $garin }
    } · { $name }:
    { $text }
garin-relayed = 💬 { $name } для «{ $garin }»:
    { $text }
garin-write-prompt = Напишите сообщение группе; остальные увидят его с вашим именем.
garin-write-sent = { $count ->
        [0] Отправлено, но сейчас нет других участников, получающих сообщения группы.
        [one] ✉️ Передано { $count } участнику.
       *[other] ✉️ Передано участникам: { $count }.
    }

## Gatherings (the garin's own house meetings)
garin-gathering-new = 📅 Встреча гарина
garin-gathering-open = 📅 { $title }

## Outbox kinds (the coordinators' delivery status)
outbox-kind-garin-invitation = Приглашение в гарин
outbox-kind-garin-announce = Сообщение гарину
outbox-kind-garin-relay = Сообщение участника своему гарину
