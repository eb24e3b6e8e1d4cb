package demo

import (
	"math/rand/v2"

	"tend/lifecycle"
)

// What the demo book's contacts are about, by kind: talks with prospects
// before their first order, with customers after it, and the ones whose
// tone sets the sentiment.
var (
	prospectTopics = map[lifecycle.Kind][]string{
		lifecycle.Call:    {"Intro call", "Qualified the need", "Followed up on the offer", "Talked about the budget"},
		lifecycle.Email:   {"Sent the product overview", "Sent an offer", "Asked for an offer", "Questions about delivery times"},
		lifecycle.Meeting: {"Demo of the product", "Met at the trade fair", "Workshop on requirements"},
		lifecycle.Message: {"Asked for a callback", "Sent the price list", "Confirmed the appointment"},
		lifecycle.Social:  {"Connected on LinkedIn", "Commented on our post", "Asked about us on social media"},
		lifecycle.Note:    {"Budget decision next quarter", "Compares us with a competitor", "Decision maker is the CFO"},
	}
	customerTopics = map[lifecycle.Kind][]string{
		lifecycle.Call:    {"Quarterly review", "Talked about the renewal", "Support question", "Planned the next order"},
		lifecycle.Email:   {"Sent the new price list", "Question about an invoice", "Order confirmation", "Sent the newsletter offer"},
		lifecycle.Meeting: {"Onboarding session", "Annual review", "Training for their team", "Visited their site"},
		lifecycle.Message: {"Asked about the delivery date", "Confirmed the delivery", "Quick question about the product"},
		lifecycle.Social:  {"Shared our case study", "Liked our announcement", "Tagged us in a post"},
		lifecycle.Note:    {"Expanding next year", "New contact person in purchasing", "Prefers calls in the morning"},
	}
	positiveTopics = []string{"Very happy with the delivery", "Praised the support", "Recommended us to a partner",
		"Thanked us for the quick fix", "Pleased with the new version"}
	negativeTopics = []string{"Complaint about a late delivery", "Unhappy with the price increase", "Invoice dispute",
		"Reported a product defect", "Asked to cancel the contract", "Support took too long"}
	orderTopics    = []string{"Placed an order", "Order received", "Reordered", "Order by phone"}
	firstTopics    = []string{"First enquiry", "Found us through a search", "Came by recommendation", "Enquiry via the website"}
	firstOrderNote = "Signed the first order"
	leaveMeAlone   = "Asked not to be contacted again"
	checkInFine    = []string{"Checked in: orders again next quarter", "Checked in: still has stock",
		"Checked in: all well, budget comes in spring", "Checked in: happy, nothing needed right now"}
	checkInUnanswered = []string{"Tried to reach them for a check-in: no answer", "Left a message to check in"}
	checkInUnhappy    = []string{"Checked in: now orders elsewhere", "Checked in: unhappy with the last order",
		"Checked in: cutting back on suppliers"}
	closedLeadTopics = []string{"Closed the lead: no budget", "Closed the lead: chose a competitor",
		"Closed the lead: no answer to our calls", "Closed the lead: not a fit"}
)

// topicFor picks what a contact was about from its kind, its tone and
// whether the customer had bought by then.
func topicFor(rng *rand.Rand, kind lifecycle.Kind, mood lifecycle.Sentiment, bought bool) string {
	switch {
	case mood == lifecycle.Negative:
		return pick(rng, negativeTopics)
	case mood == lifecycle.Positive && chance(rng, 0.5):
		return pick(rng, positiveTopics)
	case bought:
		return pick(rng, customerTopics[kind])
	}
	return pick(rng, prospectTopics[kind])
}

// WinBackTopics are the summaries of a win-back offer: the triage's last
// attempt is the time of one of them.
var WinBackTopics = []string{"Sent a win-back offer", "Offered a discount on the next order", "Asked why they stopped ordering"}
