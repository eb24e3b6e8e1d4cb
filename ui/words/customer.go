package words

import "tend/lifecycle"

// segmentIDs name the message of each RFM segment (rfm.segment.<id>). The
// segments' own names are those of the JSON output, which stay English.
var segmentIDs = map[lifecycle.Segment]string{
	lifecycle.SegmentChampions:         "champions",
	lifecycle.SegmentLoyal:             "loyal",
	lifecycle.SegmentPotentialLoyalist: "potential-loyalist",
	lifecycle.SegmentNewCustomers:      "new-customers",
	lifecycle.SegmentPromising:         "promising",
	lifecycle.SegmentNeedAttention:     "need-attention",
	lifecycle.SegmentAboutToSleep:      "about-to-sleep",
	lifecycle.SegmentAtRisk:            "at-risk",
	lifecycle.SegmentCantLoseThem:      "cant-lose-them",
	lifecycle.SegmentHibernating:       "hibernating",
	lifecycle.SegmentLost:              "lost",
}

// Segment names an RFM segment; a segment this build does not know is
// shown as it is.
func Segment(s lifecycle.Segment) string {
	id, ok := segmentIDs[s]
	if !ok {
		return string(s)
	}
	return T("rfm.segment." + id)
}

// Spent says what a customer spent, in the book's one currency ("" for
// several), and in how many purchases: "€2,400 in 1 purchase".
func Spent(s lifecycle.Summary, currency string) string {
	return N("summary.spent", s.Purchases, V{"Total": Money(Amount(s.TotalSpend), currency), "Purchases": s.Purchases})
}
