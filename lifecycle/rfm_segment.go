package lifecycle

// Segment names a group of customers by their recency and frequency scores.
type Segment string

// The eleven segments of the widely used RFM map, with the R and F scores
// each covers (see segmentGrid).
const (
	SegmentChampions         Segment = "Champions"          // R 5, F 4–5
	SegmentLoyal             Segment = "Loyal"              // R 3–4, F 4–5
	SegmentPotentialLoyalist Segment = "Potential loyalist" // R 4–5, F 2–3
	SegmentNewCustomers      Segment = "New customers"      // R 5, F 1
	SegmentPromising         Segment = "Promising"          // R 4, F 1
	SegmentNeedAttention     Segment = "Need attention"     // R 3, F 3
	SegmentAboutToSleep      Segment = "About to sleep"     // R 3, F 1–2
	SegmentAtRisk            Segment = "At risk"            // R 1–2, F 3–4
	SegmentCantLoseThem      Segment = "Can't lose them"    // R 1–2, F 5
	SegmentHibernating       Segment = "Hibernating"        // R 2, F 1–2
	SegmentLost              Segment = "Lost"               // R 1, F 1–2
)

// segmentGrid is the map itself, a row per R score from 5 down to 1 and a
// column per F score from 1 up to 5, so that it reads like the usual
// picture: recent customers on top, frequent ones on the right. It is the
// common ten-segment grid with its bottom-left corner split: of the
// infrequent customers who have been away longest, the longest away are
// Lost rather than Hibernating.
var segmentGrid = [5][5]Segment{
	/* R 5 */ {SegmentNewCustomers, SegmentPotentialLoyalist, SegmentPotentialLoyalist, SegmentChampions, SegmentChampions},
	/* R 4 */ {SegmentPromising, SegmentPotentialLoyalist, SegmentPotentialLoyalist, SegmentLoyal, SegmentLoyal},
	/* R 3 */ {SegmentAboutToSleep, SegmentAboutToSleep, SegmentNeedAttention, SegmentLoyal, SegmentLoyal},
	/* R 2 */ {SegmentHibernating, SegmentHibernating, SegmentAtRisk, SegmentAtRisk, SegmentCantLoseThem},
	/* R 1 */ {SegmentLost, SegmentLost, SegmentAtRisk, SegmentAtRisk, SegmentCantLoseThem},
}

// SegmentOf names the segment of a recency and a frequency score, each 1 to
// 5; it returns "" for scores outside that range.
func SegmentOf(r, f int) Segment {
	if r < 1 || r > 5 || f < 1 || f > 5 {
		return ""
	}
	return segmentGrid[5-r][f-1]
}
