## Pieces several features share (issue 18): digest headings, quoting a person's own words,
## and the outbox's reasons not named in outbox.ftl.

# One heading per digest section (the keys follow registry.digest_sections' names)
digest-section-meetings = 🏠 Upcoming house meetings with free seats:
digest-section-volunteering = 🤝 Help requests that fit you:

outbox-reason-undelivered = not delivered (the channel gave no reason)
outbox-reason-kept-failing = the task kept failing
outbox-reason-no-handler = nothing handles tasks of the kind “{ $kind }”
outbox-reason-quiet-early = quiet hours ({ $why }, { $start } – { $end }) and it expires at { $expires }: sent before they start
outbox-reason-quiet-skip = quiet hours ({ $why }, { $start } – { $end }) and it expires at { $expires }: no allowed time left

# A person's own words quoted inside a text, in this language's quotation marks
quoted = “{ $text }”

# A span of time inside a sentence ("within 2 hours"); $n is a count of that unit
duration-hours = { $n ->
        [one] an hour
       *[other] { $n } hours
    }
duration-minutes = { $n ->
        [one] a minute
       *[other] { $n } minutes
    }
duration-seconds = { $n ->
        [one] a second
       *[other] { $n } seconds
    }
