-- The server's twin of data/migrations/020_templates.sql.
CREATE TABLE templates (
    id         BIGINT PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    language   TEXT NOT NULL DEFAULT '',
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (name, language)
);
CREATE TRIGGER templates_next_id BEFORE INSERT ON templates FOR EACH ROW EXECUTE FUNCTION tend_next_id();

INSERT INTO templates (name, language, subject, body, created_at, updated_at) VALUES
    ('miss-you', 'en', 'We miss you, {{.GivenName}}', '{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},

it has been a while since we last spoke, and I wanted to check in: how are things going{{with .Company}} at {{.}}{{end}}?

If there is anything we can do for you, or something we could do better, I would be glad to hear it. A short reply is plenty.

Best wishes,
{{.Owner}}
', extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint),
    ('miss-you', 'de', 'Wir vermissen Sie, {{.GivenName}}', '{{with .Salutation}}{{.}}{{else}}Hallo {{.GivenName}}{{end}},

es ist eine Weile her, dass wir gesprochen haben, und ich wollte mich melden: Wie läuft es{{with .Company}} bei {{.}}{{end}}?

Wenn wir etwas für Sie tun oder etwas besser machen können, freue ich mich über ein paar Zeilen. Eine kurze Antwort genügt.

Herzliche Grüße
{{.Owner}}
', extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint),
    ('renewal', 'en', 'Your renewal is coming up', '{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},

your renewal is coming up soon, so I wanted to get in touch before it does.

Is everything still working the way you need it to? If your plans have changed, or you would like to talk about options, let me know and we will find a time that suits you.

Best wishes,
{{.Owner}}
', extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint),
    ('renewal', 'de', 'Ihre Verlängerung steht an', '{{with .Salutation}}{{.}}{{else}}Hallo {{.GivenName}}{{end}},

bald steht Ihre Verlängerung an, und ich wollte mich vorher bei Ihnen melden.

Passt noch alles so, wie Sie es brauchen? Wenn sich Ihre Pläne geändert haben oder Sie über Möglichkeiten sprechen möchten, sagen Sie mir Bescheid, dann finden wir einen passenden Termin.

Herzliche Grüße
{{.Owner}}
', extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint),
    ('thanks', 'en', 'Thank you for your order', '{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},

thank you for your order{{with .LastPurchase}} of {{.}}{{end}}, it means a lot to us.

If anything is not as it should be, reply to this message and I will take care of it myself.

Best wishes,
{{.Owner}}
', extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint),
    ('thanks', 'de', 'Danke für Ihre Bestellung', '{{with .Salutation}}{{.}}{{else}}Hallo {{.GivenName}}{{end}},

vielen Dank für Ihre Bestellung{{with .LastPurchase}} vom {{.}}{{end}}, wir freuen uns sehr darüber.

Falls etwas nicht so ist, wie es sein sollte, antworten Sie einfach auf diese Nachricht, dann kümmere ich mich selbst darum.

Herzliche Grüße
{{.Owner}}
', extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint),
    ('check-in', 'en', 'Checking in', '{{with .Salutation}}{{.}}{{else}}Hi {{.GivenName}}{{end}},

{{if gt .DaysSinceContact 0}}we have not spoken in {{.DaysSinceContact}} days, {{end}}so I wanted to say hello and ask how you are getting on.

Is there anything on your mind that I could help with? I am happy to set up a short call whenever it suits you.

Best wishes,
{{.Owner}}
', extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint),
    ('check-in', 'de', 'Kurz nachgefragt', '{{with .Salutation}}{{.}}{{else}}Hallo {{.GivenName}}{{end}},

{{if gt .DaysSinceContact 0}}seit {{.DaysSinceContact}} Tagen haben wir nicht gesprochen, daher {{else}}ich {{end}}wollte{{if gt .DaysSinceContact 0}} ich{{end}} kurz Hallo sagen und fragen, wie es Ihnen geht.

Gibt es etwas, bei dem ich helfen kann? Gern vereinbaren wir ein kurzes Gespräch, wann immer es Ihnen passt.

Herzliche Grüße
{{.Owner}}
', extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint);
