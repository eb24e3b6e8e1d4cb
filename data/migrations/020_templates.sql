-- Templates of messages to customers, kept in the book: a name, the
-- language they are written in (a BCP 47 tag), a subject and a body whose
-- fields (text/template: {{.GivenName}}) a draft fills from the customer.
-- A name has one template in each language, so that a draft is written
-- in the customer's. The defaults come in English and German.
CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    language   TEXT NOT NULL DEFAULT '',
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    UNIQUE (name, language)
);

INSERT INTO templates (name, language, subject, body, created_at, updated_at) VALUES
    ('miss-you', 'en', 'We miss you, {{.GivenName}}', '{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},

it has been a while since we last spoke, and I wanted to check in: how are things going{{with .Company}} at {{.}}{{end}}?

If there is anything we can do for you, or something we could do better, I would be glad to hear it. A short reply is plenty.

Best wishes,
{{.Owner}}
', unixepoch(), unixepoch()),
    ('miss-you', 'de', 'Wir vermissen Sie, {{.GivenName}}', '{{with .Salutation}}{{.}}{{else}}Hallo {{.GivenName}}{{end}},

es ist eine Weile her, dass wir gesprochen haben, und ich wollte mich melden: Wie läuft es{{with .Company}} bei {{.}}{{end}}?

Wenn wir etwas für Sie tun oder etwas besser machen können, freue ich mich über ein paar Zeilen. Eine kurze Antwort genügt.

Herzliche Grüße
{{.Owner}}
', unixepoch(), unixepoch()),
    ('renewal', 'en', 'Your renewal is coming up', '{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},

your renewal is coming up soon, so I wanted to get in touch before it does.

Is everything still working the way you need it to? If your plans have changed, or you would like to talk about options, let me know and we will find a time that suits you.

Best wishes,
{{.Owner}}
', unixepoch(), unixepoch()),
    ('renewal', 'de', 'Ihre Verlängerung steht an', '{{with .Salutation}}{{.}}{{else}}Hallo {{.GivenName}}{{end}},

bald steht Ihre Verlängerung an, und ich wollte mich vorher bei Ihnen melden.

Passt noch alles so, wie Sie es brauchen? Wenn sich Ihre Pläne geändert haben oder Sie über Möglichkeiten sprechen möchten, sagen Sie mir Bescheid, dann finden wir einen passenden Termin.

Herzliche Grüße
{{.Owner}}
', unixepoch(), unixepoch()),
    ('thanks', 'en', 'Thank you for your order', '{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},

thank you for your order{{with .LastPurchase}} of {{.}}{{end}}, it means a lot to us.

If anything is not as it should be, reply to this message and I will take care of it myself.

Best wishes,
{{.Owner}}
', unixepoch(), unixepoch()),
    ('thanks', 'de', 'Danke für Ihre Bestellung', '{{with .Salutation}}{{.}}{{else}}Hallo {{.GivenName}}{{end}},

vielen Dank für Ihre Bestellung{{with .LastPurchase}} vom {{.}}{{end}}, wir freuen uns sehr darüber.

Falls etwas nicht so ist, wie es sein sollte, antworten Sie einfach auf diese Nachricht, dann kümmere ich mich selbst darum.

Herzliche Grüße
{{.Owner}}
', unixepoch(), unixepoch()),
    ('check-in', 'en', 'Checking in', '{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},

{{if gt .DaysSinceContact 0}}we have not spoken in {{.DaysSinceContact}} days, {{end}}so I wanted to say hello and ask how you are getting on.

Is there anything on your mind that I could help with? I am happy to set up a short call whenever it suits you.

Best wishes,
{{.Owner}}
', unixepoch(), unixepoch()),
    ('check-in', 'de', 'Kurz nachgefragt', '{{with .Salutation}}{{.}}{{else}}Hallo {{.GivenName}}{{end}},

{{if gt .DaysSinceContact 0}}seit {{.DaysSinceContact}} Tagen haben wir nicht gesprochen, daher {{else}}ich {{end}}wollte{{if gt .DaysSinceContact 0}} ich{{end}} kurz Hallo sagen und fragen, wie es Ihnen geht.

Gibt es etwas, bei dem ich helfen kann? Gern vereinbaren wir ein kurzes Gespräch, wann immer es Ihnen passt.

Herzliche Grüße
{{.Owner}}
', unixepoch(), unixepoch());
