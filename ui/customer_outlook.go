package ui

import (
	"math"
	"strings"

	"tend/data"
	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// outlookPart is one statement of the outlook: a figure, or words that say
// why there is none, which are drawn muted so that they never pass for
// figures.
type outlookPart struct {
	text  string
	words bool
}

// outlookParts says what the purchase models make of a customer: the
// forecast, its value in the book's one currency (or "" for several), then
// the RFM scores with their segment.
func outlookParts(o data.Outlook, bought bool, currency string) []outlookPart {
	if !bought {
		return []outlookPart{{words.T("customer.outlook.no-purchases"), true}}
	}
	return []outlookPart{forecastPart(o, currency), rfmPart(o)}
}

// forecastPart gives P(alive) and what the next ForecastWeeks should
// bring, or why the model has nothing to say.
func forecastPart(o data.Outlook, currency string) outlookPart {
	fc := o.Forecast
	switch {
	case o.ModelsAsOf.IsZero():
		return outlookPart{words.T("customer.outlook.no-model"), true}
	case !fc.Fitted:
		return outlookPart{words.T("customer.outlook.not-fitted"), true}
	case !finite(fc.PAlive) || !finite(fc.ExpectedPurchases):
		return outlookPart{words.T("customer.outlook.no-figures"), true}
	}
	values := words.V{"Alive": words.Decimal(fc.PAlive, 2), "Purchases": expectedPurchases(fc.ExpectedPurchases),
		"Value": words.Money(wholeMoney(fc.ExpectedValue), currency), "Weeks": data.ForecastWeeks}
	if o.ValueForecast {
		return outlookPart{text: words.T("customer.outlook.forecast", values)}
	}
	return outlookPart{text: words.T("customer.outlook.forecast-no-value", values)}
}

// finite reports whether a model's figure is a number to show.
func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// expectedPurchases writes a forecast count with decimals, as it is an
// expectation and not a count: one, or two below one, so that a small
// expectation never reads as none.
func expectedPurchases(n float64) string {
	digits := 1
	if n < 1 {
		digits = 2
	}
	// The count has decimals, so the plural rules of whole numbers do not
	// pick its form: exactly one reads as one, as English has it.
	s := words.Decimal(n, digits)
	if s == words.Decimal(1, 1) {
		return words.T("customer.outlook.expected-one", words.V{"Count": s})
	}
	return words.T("customer.outlook.expected", words.V{"Count": s})
}

// rfmPart gives the RFM scores and segment, with the day the book was
// scored, or says that it has not been yet.
func rfmPart(o data.Outlook) outlookPart {
	r := o.RFM
	if r == nil {
		return outlookPart{words.T("customer.outlook.no-rfm"), true}
	}
	values := words.V{"R": r.R, "F": r.F, "M": r.M, "Segment": text.Clean(words.Segment(r.Segment)), "Day": words.Day(o.ModelsAsOf)}
	if o.ModelsAsOf.IsZero() {
		return outlookPart{text: words.T("customer.outlook.rfm", values)}
	}
	return outlookPart{text: words.T("customer.outlook.rfm-scored", values)}
}

// wholeMoney writes an estimate in whole units: cents would claim a
// precision the model does not have.
func wholeMoney(m lifecycle.Money) string {
	whole := (m + 50) / 100 * 100
	if m < 0 {
		whole = (m - 50) / 100 * 100
	}
	return words.Amount(whole)
}

// outlookLines puts the parts on as few lines of width cells as they fit,
// each line a list of parts; a part wider than a line is wrapped.
func outlookLines(parts []outlookPart, width int) [][]outlookPart {
	var lines [][]outlookPart
	used := 0
	for _, p := range parts {
		w := text.Width(p.text)
		if len(lines) > 0 && used+text.Width(outlookSep)+w <= width {
			last := len(lines) - 1
			lines[last] = append(lines[last], p)
			used += text.Width(outlookSep) + w
			continue
		}
		for _, piece := range wrapWords(p.text, width) {
			lines = append(lines, []outlookPart{{piece, p.words}})
			used = text.Width(piece)
		}
	}
	return lines
}

// outlookSep parts statements on one line.
const outlookSep = " · "

// outlookBlock draws the outlook under the profile, labelled like its
// rows.
func (s *customerScreen) outlookBlock(st *Styles) []string {
	parts := outlookParts(s.outlook, s.customer.Purchases > 0, s.currency)
	var lines []string
	for _, line := range outlookLines(parts, s.valueWidth()) {
		var b strings.Builder
		for j, p := range line {
			if j > 0 {
				b.WriteString(st.Muted.Render(outlookSep))
			}
			if p.words {
				b.WriteString(st.Muted.Render(p.text))
			} else {
				b.WriteString(p.text)
			}
		}
		lines = append(lines, b.String())
	}
	return s.labelled(st.Label.Render(words.T("customer.outlook.label")), lines)
}
