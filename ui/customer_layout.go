package ui

import "strings"

// The screen's fixed measures.
const (
	labelWidth = 13 // the label column of the profile, after a space
	// profileColumnWidth is the most a column of the profile takes, and
	// profileThreeColumns the width from which three columns fit.
	profileColumnWidth  = 64
	profileThreeColumns = 180
	// minValueWidth is the least room beside the label column; a
	// narrower screen puts labels above what they label, narrowIndent in.
	minValueWidth = 24
	narrowIndent  = 3
	// minTimeline is how many timeline lines the chart leaves at least;
	// on a shorter screen the chart goes, since the timeline is what one
	// scrolls through.
	minTimeline = 3
)

// narrow reports whether the label column leaves too little room beside
// it.
func (s *customerScreen) narrow() bool { return s.width-1-labelWidth < minValueWidth }

// valueWidth is the room for what a label labels.
func (s *customerScreen) valueWidth() int {
	if s.narrow() {
		return s.width - narrowIndent
	}
	return s.width - 1 - labelWidth
}

// plainStyles draw without colour; lines are counted in them.
var plainStyles Styles

// aboveChart counts the header's lines without the chart: the flags and
// the outlook are drawn in plain styles to count them as header draws
// them.
func (s *customerScreen) aboveChart() int {
	return 2 + len(s.flagBlock(&plainStyles)) + s.profileHeight() + len(s.outlookBlock(&plainStyles))
}

// showChart reports whether the chart has room: enough months across, and
// enough lines that the timeline keeps minTimeline lines below it.
func (s *customerScreen) showChart() bool {
	return chartMonthsFor(s.width) >= chartMinMonths && s.height-s.aboveChart()-chartLines-2 >= minTimeline
}

// timelineTop is the screen's line of the timeline's first event: below
// the header, a blank line and the timeline's heading.
func (s *customerScreen) timelineTop() int {
	n := s.aboveChart()
	if s.showChart() {
		n += chartLines
	}
	return n + 2
}

// timelineHeight is how many timeline lines fit below the header and the
// timeline's own heading.
func (s *customerScreen) timelineHeight() int { return max(s.height-s.timelineTop(), 1) }

// labelled puts a label before the first of its lines, in the label
// column, and indents the others to match. On a narrow screen the label
// takes a line of its own and the lines go under it, so that they keep
// room enough to be read.
func (s *customerScreen) labelled(label string, lines []string) []string {
	if len(lines) == 0 {
		lines = []string{""}
	}
	out := make([]string, 0, len(lines)+1)
	if s.narrow() {
		out = append(out, " "+label)
		for _, l := range lines {
			out = append(out, strings.Repeat(" ", narrowIndent)+l)
		}
		return out
	}
	for i, l := range lines {
		if i > 0 {
			label = ""
		}
		out = append(out, " "+pad(label, labelWidth)+l)
	}
	return out
}
