package ui

import (
	"strings"
	"time"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// legendRows are the symbols tend draws, each with what it means; the
// symbols are the screens' own, the meanings the catalog's.
func legendRows() [][2]string {
	return [][2]string{
		{flagSymbols[lifecycle.Stalled], words.T("board.legend.stalled")},
		{flagSymbols[lifecycle.AtRisk], words.T("board.legend.at-risk")},
		{flagSymbols[lifecycle.WinBack], words.T("board.legend.win-back")},
		{"★", words.T("board.legend.star")},
		{flaggedSymbol, words.T("board.legend.flagged")},
		{"☎ ✉ ◉ » # ✎", words.T("board.legend.contacts")},
		{"¤ Δ →", words.T("board.legend.events")},
		{"+ −", words.T("board.legend.tone")},
		{followUpSymbol, words.T("board.legend.follow-up")},
	}
}

// followUpSymbol stands for a follow-up: on the timeline, and on a card
// whose customer has one overdue.
const followUpSymbol = "↻"

// followUpOverdue tells whether a customer's open follow-up is overdue on
// now's day, as the agenda and the at-risk flag count it.
func followUpOverdue(c lifecycle.Customer, now time.Time) bool {
	return !c.FollowUpDue.IsZero() && lifecycle.FollowUpDaysLate(c.FollowUpDue, now) > 0
}

// legendWords are the words a newcomer may not know, each explained once.
func legendWords() [][2]string {
	return [][2]string{
		{words.T("board.legend.p-alive"), words.T("board.legend.p-alive-means")},
		{words.T("board.legend.rfm"), words.T("board.legend.rfm-means")},
		{words.T("board.legend.worth"), words.T("board.legend.worth-means")},
	}
}

// legendText is the help's second page.
func legendText(sh *shared) string {
	st := sh.styles
	width := max(sh.width-10, 20)
	var b strings.Builder
	b.WriteString(st.Title.Render(words.T("board.legend.title")) + "\n\n")
	for _, r := range legendRows() {
		b.WriteString(pad(r[0], 12) + text.Fit(r[1], width-12) + "\n")
	}
	b.WriteString("\n")
	for _, r := range legendWords() {
		b.WriteString(st.Label.Render(pad(r[0], 12)) + text.Fit(r[1], width-12) + "\n")
	}
	b.WriteString("\n" + st.Muted.Render(words.T("board.legend.close")))
	return b.String()
}
