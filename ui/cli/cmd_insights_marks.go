package cli

import (
	"strings"

	"tend/ui/text"
)

// barWidth is the cells of the longest bar in the funnel.
const barWidth = 30

// bar draws n as a bar of block characters, the most as barWidth cells,
// in eighths of a cell; any n above zero shows.
func bar(n, most int) string {
	if n <= 0 || most <= 0 {
		return ""
	}
	eighths := max(1, n*barWidth*8/most)
	partial := []string{"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"}
	return strings.Repeat("█", eighths/8) + partial[eighths%8]
}

// sparkWidth is the most marks a sparkline has; longer series are taken
// in groups, each mark the mean of its group.
const sparkWidth = 26

// sparkline draws values as a line of block characters, in groups of
// weeks each drawn by its mean, and says what the line runs up from. From
// 0, ▁ is none and a value above zero is never drawn as none; where every
// mark lies high, the line runs from the lowest mark, drawn ▁, so that its
// shape shows.
func sparkline(values []float64) (line string, floor float64) {
	levels := []rune("▁▂▃▄▅▆▇█")
	marks := sparkMeans(values)
	most := 0.0
	for _, v := range marks {
		most = max(most, v)
	}
	floor = text.SparkFloor(marks)
	var b strings.Builder
	for _, v := range marks {
		level := 0
		switch {
		case floor > 0:
			level = int((v-floor)/(most-floor)*float64(len(levels)-1) + 0.5)
		case v > 0:
			level = 1 + int(v/most*float64(len(levels)-2)+0.5)
		}
		b.WriteRune(levels[level])
	}
	return b.String(), floor
}

// sparkMeans takes values in at most sparkWidth groups of about the same
// size, each by its mean.
func sparkMeans(values []float64) []float64 {
	n := min(len(values), sparkWidth)
	means := make([]float64, n)
	for i := range means {
		group := values[i*len(values)/n : (i+1)*len(values)/n]
		for _, v := range group {
			means[i] += v / float64(len(group))
		}
	}
	return means
}

// alignRight pads the cells of the given columns on the left, header
// included, so that figures line up by their last digit.
func alignRight(header []string, rows [][]string, cols ...int) {
	for _, c := range cols {
		width := text.Width(header[c])
		for _, row := range rows {
			width = max(width, text.Width(row[c]))
		}
		header[c] = strings.Repeat(" ", width-text.Width(header[c])) + header[c]
		for _, row := range rows {
			row[c] = strings.Repeat(" ", width-text.Width(row[c])) + row[c]
		}
	}
}
