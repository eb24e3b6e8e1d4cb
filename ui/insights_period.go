package ui

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/words"
)

// The fields of the form that asks for the period's dates.
const (
	fieldFrom = "from"
	fieldTo   = "to"
)

// periodName says which period the figures cover: "last 90 days" or the
// dates typed in.
func (s *insightsScreen) periodName() string {
	if s.span > 0 {
		return words.T("insights.period.last-days", words.V{"Days": s.span})
	}
	return words.T("insights.period.from-to", words.V{"From": dayMonthYear(s.from), "To": dayMonthYear(s.to)})
}

// newDatesForm asks for the first and the last day of the period, filled
// in with the period shown.
func newDatesForm(s *insightsScreen, now time.Time) form {
	p := s.period(now)
	return form{title: words.T("insights.period.title"), fields: []field{
		newTextField(fieldFrom, words.T("insights.period.from"), words.Day(p.From), words.T("insights.period.from-hint")),
		newTextField(fieldTo, words.T("insights.period.to"), words.Day(p.To), words.T("insights.period.to-hint")),
	}}
}

// typedPeriod reads the form's dates: from the start of the first day to
// the end of the last, or to now when the last is today. It names the
// field at fault with the error.
func typedPeriod(f *form, now time.Time) (lifecycle.Period, string, error) {
	from, err := lifecycle.ParseWhen(f.fields[0].value(), now, lifecycle.Past)
	if err != nil {
		return lifecycle.Period{}, fieldFrom, err
	}
	last, err := lifecycle.ParseWhen(f.fields[1].value(), now, lifecycle.Past)
	if err != nil {
		return lifecycle.Period{}, fieldTo, err
	}
	to := lifecycle.EndOfDay(last)
	if lifecycle.StartOfDay(last).Equal(lifecycle.StartOfDay(now)) {
		to = now
	}
	return lifecycle.Period{From: lifecycle.StartOfDay(from), To: to}, fieldTo, nil
}

// datesForm asks for the period's dates (d), over the insights.
type datesForm struct{ form }

// openDatesForm asks for the period's dates, filled in with the period
// shown.
func (m *Model) openDatesForm() tea.Cmd {
	f := &datesForm{newDatesForm(&m.insights, m.now())}
	return m.open(f, f.focusField(0))
}

func (f *datesForm) key(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	s := &m.insights
	cmd, result := f.update(msg)
	switch result {
	case formCancelled:
		m.pop()
	case formSubmitted:
		p, field, err := typedPeriod(&f.form, m.now())
		if err == nil {
			err = data.InsightsQuery{AsOf: p.To, Period: p, Weeks: data.DefaultInsightWeeks}.Check()
			if err == nil && p.To.After(m.now()) {
				err = errors.New(words.T("insights.period.after-today", words.V{"Day": words.Day(p.To)}))
			}
		}
		if err != nil {
			return f.setError(field, errorText(err))
		}
		m.pop()
		s.span, s.from, s.to = 0, p.From, p.To
		return m.readInsights()
	}
	return cmd
}
