package data

import (
	"strconv"
	"strings"

	"tend/lifecycle"
)

// The customers table keeps each buyer's purchase digest as a line of
// text: the zone its days are counted in first, so that a scoring in
// another zone knows to make it anew, then the figures. Any write that
// may change a customer's purchases clears it (see summaryAssignments),
// and the next scoring makes it from the purchases and stores it.

// mixedCurrency stands for a digest's purchases in several currencies.
const mixedCurrency = "*"

func encodeDigest(d lifecycle.PurchaseDigest) string {
	cur := d.Currency
	if cur == "" {
		cur = mixedCurrency
	}
	nums := []int64{d.FirstDay, d.LastDay, int64(d.Days), int64(d.Count), int64(d.Bought), int64(d.FirstDaySpend)}
	var b strings.Builder
	b.WriteString(d.Zone)
	for _, n := range nums {
		b.WriteByte(' ')
		b.WriteString(strconv.FormatInt(n, 10))
	}
	b.WriteByte(' ')
	b.WriteString(cur)
	return b.String()
}

// decodeDigest reads a stored digest; false for one that cannot be read,
// which is then made anew.
func decodeDigest(s string) (lifecycle.PurchaseDigest, bool) {
	var d lifecycle.PurchaseDigest
	f := strings.Fields(s)
	if len(f) != 8 {
		return d, false
	}
	var nums [6]int64
	for i := range nums {
		n, err := strconv.ParseInt(f[i+1], 10, 64)
		if err != nil {
			return d, false
		}
		nums[i] = n
	}
	d.Zone, d.FirstDay, d.LastDay, d.Days, d.Count = f[0], nums[0], nums[1], int(nums[2]), int(nums[3])
	d.Bought, d.FirstDaySpend = lifecycle.Money(nums[4]), lifecycle.Money(nums[5])
	if f[7] != mixedCurrency {
		d.Currency = f[7]
	}
	return d, d.Count > 0 && d.Days > 0
}
