package words

import (
	"strings"

	"tend/lifecycle"
)

// detailID is the id part of a customer's detail, by its key: given_name
// is given-name.
func detailID(key string) string { return strings.ReplaceAll(key, "_", "-") }

// Detail names a customer's detail (lifecycle.Details.Fields' keys) in
// running text: "given name".
func Detail(key string) string { return T("detail." + detailID(key)) }

// DetailLabel names a customer's detail before its value: "Given name".
func DetailLabel(key string) string { return T("detail.label." + detailID(key)) }

// DetailFlag is the help of the flag that sets a customer's detail.
func DetailFlag(key string) string { return T("detail.flag." + detailID(key)) }

// isDetail tells whether key names a customer's detail, as a search
// (given_name) or the audit trail (given name) name it.
func isDetail(key string) bool {
	key = strings.ReplaceAll(key, " ", "_")
	for _, f := range (&lifecycle.Details{}).Fields() {
		if f.Key == key {
			return true
		}
	}
	return false
}
