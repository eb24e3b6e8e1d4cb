package ui

import (
	"math"
	"strings"
	"time"

	"charm.land/lipgloss/v2"

	"tend/lifecycle"
	"tend/ui/text"
	"tend/ui/words"
)

// boardView is what the board needs besides its own state to draw itself.
type boardView struct {
	styles *Styles
	now    time.Time
	search string // highlighted in names and companies
	drop   int    // the column a dragged card would land in, or -1
	empty  string // what an empty column says
	cache  *cardCache
	dark   bool
	// currency is the one currency of every purchase, money's sign; "" when
	// there are several.
	currency string
	marks    marks // cards marked with space carry a tick
}

// view draws the board, exactly width × height cells: the phase strip,
// then the columns on screen.
func (b *board) view(v boardView) string {
	l := b.layout()
	lines := make([]strings.Builder, b.columnsHeight())
	last := min(b.left+l.columns, len(b.cols)) - 1
	for ci := b.left; ci <= last; ci++ {
		w := l.columnWidth
		if ci == last {
			w = b.width - (l.columns-1)*l.columnWidth
		}
		col := b.columnView(ci, w-1, v)
		sep := v.styles.Subtle.Render("│")
		if ci == last {
			sep = " "
		}
		for y := range lines {
			lines[y].WriteString(col[y])
			lines[y].WriteString(sep)
		}
	}
	out := make([]string, 0, b.height)
	out = append(out, b.stripView(v))
	for y := range lines {
		out = append(out, lines[y].String())
	}
	return strings.Join(out, "\n")
}

// columnView draws one column as height lines of exactly w cells.
func (b *board) columnView(ci, w int, v boardView) []string {
	c := &b.cols[ci]
	s := v.styles
	l := b.layout()
	lines := make([]string, 0, b.height)
	var before, after string // the marks of columns off screen
	if ci == b.left && b.left > 0 {
		before = "‹ "
	}
	if ci == b.left+l.columns-1 && ci < len(b.cols)-1 {
		after = " ›"
	}
	label := func(w int) string {
		return before + text.Fit(c.phase.Label, w-text.Width(before+after)) + after
	}
	first, second := b.columnHeader(ci, w, label(w-7), v.currency, s)
	if b.compact {
		first, second = b.compactHeader(ci, w, label(w), s)
	}
	lines = append(lines, first, second)
	switch {
	case ci == v.drop:
		lines = append(lines, s.ColumnDrop.Render(center(text.Fit(words.T("board.column.drop"), w), w)))
	case ci == b.focus:
		lines = append(lines, s.Accent.Render(strings.Repeat("━", w)))
	default:
		lines = append(lines, s.Subtle.Render(strings.Repeat("─", w)))
	}
	if c.total.Count == 0 {
		lines = append(lines, pad(s.Muted.Render(" "+text.Fit(v.empty, w-1)), w))
	}
	for i := c.top; i < min(c.top+l.cardsPerColumn, c.total.Count); i++ {
		lines = append(lines, b.cardView(c, i, w, ci == b.focus && i == c.cursor, v)...)
	}
	for len(lines) < b.columnsHeight() {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return lines[:b.columnsHeight()]
}

// columnHeader is a column's first two lines: the label (fitted) and the count; the
// value, the flagged and the place of the selection in a long column.
func (b *board) columnHeader(ci, w int, label, currency string, s *Styles) (string, string) {
	c := &b.cols[ci]
	labelStyle := s.Column
	if ci == b.focus {
		labelStyle = s.ColumnFocused
	}
	first := spread(labelStyle.Render(label), s.Muted.Render(words.Number(c.total.Count)), w)
	position := ""
	if c.total.Count > b.layout().cardsPerColumn {
		position = words.Number(c.cursor+1) + "/" + words.Number(c.total.Count)
	}
	value := words.T("board.column.value", words.V{"Value": words.Money(compactMoney(c.total.Value), currency)})
	if c.total.Flagged > 0 {
		// The flagged count stands apart, closer where the currency's sign
		// leaves no room.
		flagged, gap := flaggedSymbol+words.Number(c.total.Flagged), "  "
		if text.Width(value)+len(gap)+text.Width(flagged)+1+text.Width(position) > w {
			gap = " "
		}
		value = s.Muted.Render(value) + s.Warn.Render(gap+flagged)
	} else {
		value = s.Muted.Render(value)
	}
	return first, spread(value, s.Muted.Render(position), w)
}

// cardView draws a card as cardLines lines: name, flag badges and promoter
// mark; company, value and days since the last contact; a gap. A selected
// card carries the selection background through every segment.
func (b *board) cardView(c *column, i, w int, selected bool, v boardView) []string {
	cust, ok := c.card(i)
	if !ok {
		lines := []string{pad(v.styles.Muted.Render(" …"), w)}
		for len(lines) < b.layout().cardLines {
			lines = append(lines, strings.Repeat(" ", w))
		}
		return lines
	}
	key := cardKey{id: cust.ID, updated: cust.UpdatedAt.Unix(), lastContact: cust.LastContactAt.Unix(),
		flags: flagKinds(cust.Flags), selected: selected, search: v.search, width: w, day: dayOf(v.now),
		dark: v.dark, compact: b.compact, currency: v.currency, marked: v.marked(cust.ID)}
	if b.compact {
		return v.cache.get(key, func() []string { return drawCompactCard(cust, w, selected, v) })
	}
	return v.cache.get(key, func() []string { return drawCard(cust, w, selected, v) })
}

// drawCard draws one card; see cardView.
func drawCard(cust lifecycle.Customer, w int, selected bool, v boardView) []string {
	s := v.styles
	blank := strings.Repeat(" ", w)
	bar, bg := cardBar(selected, v)
	nameStyle, metaStyle := cardStyles(s, cust, bg)
	matchStyle := s.Match.Inherit(bg)
	marks := ""
	if len(cust.Flags) > 0 {
		marks = bg.Render(" ") + flagBadges(s, cust.Flags, bg)
	}
	if cust.Promoter {
		marks += s.Promoter.Inherit(bg).Render(" ★")
	}
	if followUpOverdue(cust, v.now) {
		marks += s.FlagAtRisk.Inherit(bg).Render(" " + followUpSymbol)
	}
	nameWidth := w - 1 - lipgloss.Width(marks)
	name := highlight(text.Fit(cust.Name, nameWidth), v.search, nameStyle, matchStyle)
	meta := metaStyle.Render(words.Money(compactMoney(cust.Value), v.currency) + " · " + sinceContact(cust.LastContactAt, v.now))
	companyWidth := w - 2 - lipgloss.Width(meta)
	company := highlight(text.Fit(cust.Company, companyWidth), v.search, metaStyle, matchStyle)
	line1 := v.markBar(cust, bar, bg) + name + bg.Render(strings.Repeat(" ", max(nameWidth-lipgloss.Width(name), 0))) + marks
	line2 := bar + company + bg.Render(strings.Repeat(" ", max(w-1-lipgloss.Width(company)-lipgloss.Width(meta), 0))) + meta
	return []string{line1, line2, blank}
}

// cardStyles are the styles of a card's name and of the rest: dimmed for
// an archived customer.
func cardStyles(s *Styles, cust lifecycle.Customer, bg lipgloss.Style) (name, meta lipgloss.Style) {
	name, meta = s.CardName.Inherit(bg), s.CardMeta.Inherit(bg)
	if cust.Archived() {
		name, meta = name.Faint(true), meta.Faint(true)
	}
	return name, meta
}

// cardBar is the cell left of a card's lines and the card's background:
// a bar on the selected card.
func cardBar(selected bool, v boardView) (string, lipgloss.Style) {
	if selected {
		return v.styles.Accent.Inherit(v.styles.CardSelected).Render("▌"), v.styles.CardSelected
	}
	return " ", lipgloss.NewStyle()
}

// marked reports whether the customer with id is marked.
func (v boardView) marked(id int64) bool {
	_, ok := v.marks[id]
	return ok
}

// markBar is the cell left of a card's first line: a tick on a marked
// card, else bar.
func (v boardView) markBar(cust lifecycle.Customer, bar string, bg lipgloss.Style) string {
	if !v.marked(cust.ID) {
		return bar
	}
	return v.styles.Accent.Inherit(bg).Bold(true).Render("✓")
}

// sinceContact says how many days ago the last contact was, briefly.
func sinceContact(t, now time.Time) string {
	if t.IsZero() {
		return words.T("board.card.never")
	}
	days := int(now.Sub(t).Hours() / 24)
	if days <= 0 {
		return words.T("board.card.today")
	}
	return words.T("board.card.days", words.V{"Days": words.Number(days)})
}

// compactMoney writes a total briefly, in whole units: 950, 12k, 1.2M.
func compactMoney(m lifecycle.Money) string {
	v := m.Float()
	switch {
	case v >= 10_000_000:
		return words.Millions(v/1_000_000, 0)
	case v >= 1_000_000:
		return words.Millions(v/1_000_000, 1)
	case v >= 10_000:
		return words.Thousands(v/1_000, 0)
	}
	return words.Amount(lifecycle.MoneyFromFloat(math.Round(v)))
}
