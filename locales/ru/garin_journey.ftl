## Путь сопровождения гарина. $form — форма обращения: m / f / p.

menu-garin-journey = 🧭 Путь гарина
garin-journey-pick = { $form ->
        [m] Путь какого гарина ты хочешь посмотреть?
        [f] Путь какого гарина ты хочешь посмотреть?
       *[p] Путь какого гарина вы хотите посмотреть?
    }
garin-journey-gone = Этого гарина больше нет.
garin-journey-not-started = 🧭 Гарин «{ $garin }» ещё не начал путь сопровождения.
garin-journey-start = ▶️ Начать путь
garin-journey-started = 🧭 Путь гарина «{ $garin }» начался: этапы и сроки назначены, ответственные получат напоминание перед каждым.
garin-journey-title = 🧭 «{ $garin }»: пройдено { $percent }% пути ({ $done } из { $total ->
        [one] { $total } этапа
        [few] { $total } этапов
        [many] { $total } этапов
       *[other] { $total } этапа
    })
garin-journey-stage = 📍 { $stage }
garin-journey-line-done = ✅ { $milestone } — выполнено { $date }
garin-journey-line-note =    📝 { $note }
garin-journey-line-due = ⏳ { $milestone } — до { $date } ({ $owner })
garin-journey-line-overdue = ⚠️ { $milestone } — срок был { $date } ({ $owner })
garin-journey-owner-lead = координатор гарина
garin-journey-owner-coordinator = сопровождающий координатор
garin-journey-mark-one = ✅ Отметить выполненный этап
garin-journey-choose = Какой этап выполнен?
garin-journey-mark-done = ✅ Выполнено
garin-journey-note-ask = { $form ->
        [m] Отмечаем этап «{ $milestone }» как выполненный. Напиши короткую заметку о том, что сделано, или нажми «Без заметки».
        [f] Отмечаем этап «{ $milestone }» как выполненный. Напиши короткую заметку о том, что сделано, или нажми «Без заметки».
       *[p] Отмечаем этап «{ $milestone }» как выполненный. Напишите короткую заметку о том, что сделано, или нажмите «Без заметки».
    }
garin-journey-note-skip = ⏭️ Без заметки
garin-journey-note-invalid = { $form ->
        [m] Заметка слишком длинная. Напиши не длиннее { $most ->
            [one] { $most } символа
            [few] { $most } символов
            [many] { $most } символов
           *[other] { $most } символа
        }.
        [f] Заметка слишком длинная. Напиши не длиннее { $most ->
            [one] { $most } символа
            [few] { $most } символов
            [many] { $most } символов
           *[other] { $most } символа
        }.
       *[p] Заметка слишком длинная. Напишите не длиннее { $most ->
            [one] { $most } символа
            [few] { $most } символов
            [many] { $most } символов
           *[other] { $most } символа
        }.
    }
garin-journey-already-done = Этап «{ $milestone }» уже отмечен как выполненный.
garin-journey-marked = ✅ Этап «{ $milestone }» выполнен. Гарин «{ $garin }» прошёл { $percent }% пути.
garin-journey-checkin = { $form ->
        [m] 🧭 Проверка в гарине «{ $garin }»: срок этапа «{ $milestone }» — { $due }. Как идут дела? Когда будет готово, отметь здесь.
        [f] 🧭 Проверка в гарине «{ $garin }»: срок этапа «{ $milestone }» — { $due }. Как идут дела? Когда будет готово, отметь здесь.
       *[p] 🧭 Проверка в гарине «{ $garin }»: срок этапа «{ $milestone }» — { $due }. Как идут дела? Когда будет готово, отметьте здесь.
    }
garin-journey-overdue = ⚠️ Гарин «{ $garin }»: срок этапа «{ $milestone }» был { $due }, а он ещё не отмечен как выполненный (ответственный: { $owner }).

garin-home-journey-not-started = 🧭 Путь сопровождения ещё не начат.
garin-home-journey-done = 🧭 Все этапы пути выполнены!
garin-home-journey = 🧭 Путь: { $percent }% · дальше: { $milestone } (до { $date })

outbox-kind-garin-journey-checkin = Проверка этапа гарина
outbox-kind-garin-journey-overdue = Просроченный этап гарина
garin-journey-overview-not-started = • «{ $garin }»: ещё не начат
garin-journey-overview = { $late ->
        [0] • «{ $garin }»: { $percent }%
        [one] • «{ $garin }»: { $percent }% · ⚠️ { $late } этап просрочен
        [few] • «{ $garin }»: { $percent }% · ⚠️ { $late } этапа просрочено
        [many] • «{ $garin }»: { $percent }% · ⚠️ { $late } этапов просрочено
       *[other] • «{ $garin }»: { $percent }% · ⚠️ { $late } этапа просрочено
    }
