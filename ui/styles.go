package ui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// palette holds the few colours tend uses. Each is picked for light or dark
// terminals; Bubble Tea lowers them to 16 colours or none (NO_COLOR) as the
// terminal needs, so no meaning rests on colour alone.
type palette struct {
	accent, text, muted, subtle, selection, good, bad, warn, info color.Color
	// winBack sets win-back flags apart from the blue of follow-ups.
	winBack color.Color
}

func newPalette(dark bool) palette {
	pick := lipgloss.LightDark(dark)
	return palette{
		accent:    pick(lipgloss.Color("#5A3FD6"), lipgloss.Color("#A48CFF")),
		text:      pick(lipgloss.Color("#1F1F24"), lipgloss.Color("#E8E6F0")),
		muted:     pick(lipgloss.Color("#6B6B78"), lipgloss.Color("#9A98A8")),
		subtle:    pick(lipgloss.Color("#C9C7D4"), lipgloss.Color("#45434F")),
		selection: pick(lipgloss.Color("#E4DEFF"), lipgloss.Color("#3A3155")),
		good:      pick(lipgloss.Color("#1E7A3C"), lipgloss.Color("#6BD68F")),
		bad:       pick(lipgloss.Color("#B3261E"), lipgloss.Color("#FF7A70")),
		warn:      pick(lipgloss.Color("#8A5A00"), lipgloss.Color("#F2C14E")),
		info:      pick(lipgloss.Color("#0B6BAE"), lipgloss.Color("#6CC4FF")),
		winBack:   pick(lipgloss.Color("#A0308A"), lipgloss.Color("#F08AD8")),
	}
}

// Styles are every style the screens use, built in one place from the
// palette.
type Styles struct {
	Title, Book, Muted, Subtle, Accent      lipgloss.Style
	Status, StatusError, Key, KeyDesc       lipgloss.Style
	Column, ColumnFocused, ColumnDrop       lipgloss.Style
	CardName, CardMeta, CardSelected, Match lipgloss.Style
	Promoter, Good, Bad, Warn, Info         lipgloss.Style
	Label, LabelFocused, Input, FieldError  lipgloss.Style
	Overlay, Ghost                          lipgloss.Style
	// One per kind of flag, wherever a flag is shown (see flagBadge).
	FlagStalled, FlagAtRisk, FlagWinBack lipgloss.Style
	// Heat shades the cohort table from a few buyers to most of them.
	Heat [4]lipgloss.Style
}

// NewStyles builds the styles for a light or dark terminal.
func NewStyles(dark bool) Styles {
	p := newPalette(dark)
	s := lipgloss.NewStyle
	var heat [4]lipgloss.Style
	for i, c := range lipgloss.Blend1D(len(heat)+1, p.subtle, p.accent)[1:] {
		heat[i] = s().Foreground(c)
	}
	return Styles{
		Title:         s().Bold(true).Foreground(p.accent),
		Book:          s().Foreground(p.text),
		Muted:         s().Foreground(p.muted),
		Subtle:        s().Foreground(p.subtle),
		Accent:        s().Foreground(p.accent),
		Status:        s().Foreground(p.text),
		StatusError:   s().Bold(true).Foreground(p.bad),
		Key:           s().Bold(true).Foreground(p.muted),
		KeyDesc:       s().Foreground(p.muted),
		Column:        s().Bold(true).Foreground(p.text),
		ColumnFocused: s().Bold(true).Foreground(p.accent).Underline(true),
		ColumnDrop:    s().Bold(true).Reverse(true).Foreground(p.accent),
		CardName:      s().Bold(true).Foreground(p.text),
		CardMeta:      s().Foreground(p.muted),
		CardSelected:  s().Background(p.selection).Foreground(p.text),
		Match:         s().Underline(true).Bold(true).Foreground(p.warn),
		Promoter:      s().Foreground(p.warn),
		Good:          s().Foreground(p.good),
		Bad:           s().Foreground(p.bad),
		Warn:          s().Foreground(p.warn),
		Info:          s().Foreground(p.info),
		Label:         s().Foreground(p.muted),
		LabelFocused:  s().Bold(true).Foreground(p.accent),
		Input:         s().Foreground(p.text),
		FieldError:    s().Foreground(p.bad),
		Overlay:       s().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Padding(0, 1),
		Ghost:         s().Border(lipgloss.RoundedBorder()).BorderForeground(p.accent).Bold(true).Foreground(p.accent).Padding(0, 1),
		FlagStalled:   s().Bold(true).Foreground(p.warn),
		FlagAtRisk:    s().Bold(true).Foreground(p.bad),
		FlagWinBack:   s().Bold(true).Foreground(p.winBack),
		Heat:          heat,
	}
}
