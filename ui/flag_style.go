package ui

import (
	"strings"

	"charm.land/lipgloss/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// flagSymbols mark each kind of flag wherever it is shown, on the board's
// cards as on the customer screen. The shapes differ so that the kinds
// read apart without colour.
var flagSymbols = map[lifecycle.FlagKind]string{
	lifecycle.Stalled: "◷",
	lifecycle.AtRisk:  "▲",
	lifecycle.WinBack: "↺",
}

// flagStyle is the colour of a kind of flag: amber for stalled, red for at
// risk, magenta for win-back.
func flagStyle(st *Styles, k lifecycle.FlagKind) lipgloss.Style {
	switch k {
	case lifecycle.Stalled:
		return st.FlagStalled
	case lifecycle.AtRisk:
		return st.FlagAtRisk
	case lifecycle.WinBack:
		return st.FlagWinBack
	}
	return st.Warn
}

// flagSymbol is a kind's symbol; a kind this build does not know gets a
// plain "!" rather than nothing, so that a flag is never hidden.
func flagSymbol(k lifecycle.FlagKind) string {
	if s, ok := flagSymbols[k]; ok {
		return s
	}
	return "!"
}

// flagBadge writes a flag's kind as its symbol and name in the kind's
// colour: "▲ at-risk".
func flagBadge(st *Styles, k lifecycle.FlagKind) string {
	return flagStyle(st, k).Render(flagSymbol(k) + " " + text.Clean(words.Kind(k)))
}

// flagMark is a kind's symbol alone in the kind's colour, where a line has
// room for no more: a line of the re-engagement list.
func flagMark(st *Styles, k lifecycle.FlagKind) string {
	return flagStyle(st, k).Render(flagSymbol(k))
}

// flagBadges are the symbols of a card's flags, most urgent first, each in
// its colour over the card's background bg.
func flagBadges(st *Styles, kinds []lifecycle.FlagKind, bg lipgloss.Style) string {
	var b strings.Builder
	for _, k := range kinds {
		b.WriteString(flagStyle(st, k).Inherit(bg).Render(flagSymbol(k)))
	}
	return b.String()
}

// flaggedSymbol stands for "has a flag" in the board's column headers.
const flaggedSymbol = "⚑"
