package data

import (
	"slices"
	"strings"

	"tend/lifecycle"
)

// Order is an order of customers: of the cards in a board column, of a
// list. Each pages in SQL through an index of the phase's customers.
type Order string

// The orders, as typed (tend list --sort, the settings file).
const (
	OrderUrgency     Order = "urgency"       // most urgent flag first, then the latest contact
	OrderValue       Order = "value"         // the highest value first
	OrderLastContact Order = "last-contact"  // the longest without contact first, never contacted before all
	OrderDaysInPhase Order = "days-in-phase" // the longest in the phase first
	OrderName        Order = "name"          // by name, as German readers sort names, case aside
)

// Orders are the orders in the order a choice offers them, the board's
// own first.
func Orders() []Order {
	return []Order{OrderUrgency, OrderValue, OrderLastContact, OrderDaysInPhase, OrderName}
}

// ParseOrder reads an order as typed; an unknown one is a coded error
// that lists the choices.
func ParseOrder(s string) (Order, error) {
	o := Order(strings.TrimSpace(s))
	if slices.Contains(Orders(), o) {
		return o, nil
	}
	return "", lifecycle.Problemf(CodeUnknownOrder, lifecycle.Values{"Order": s, "Choices": orderChoices()},
		"unknown order %q (choose %s)", s, orderChoices())
}

// orderChoices lists the orders as typed, comma-separated.
func orderChoices() string {
	var names []string
	for _, o := range Orders() {
		names = append(names, string(o))
	}
	return strings.Join(names, ", ")
}

// sortTerm is one key of an order: a column of c, descending or not. A
// nullable column's NULL sorts as -1, below every time, as SQLite sorts
// NULL by default; the server, which sorts NULL above every value, is told
// so (NULLS FIRST or LAST, SQLite's own defaults, so its indexes still
// serve the order).
type sortTerm struct {
	column   string
	desc     bool
	nullable bool
}

// terms are the order's keys before the id, which breaks every tie so
// that pages neither skip nor repeat a card; before it, the more urgent
// wins a tie. Each order's keys, with the phase before them, are an index
// of the board (schema steps 3 and 8).
func (o Order) terms() []sortTerm {
	urgency := sortTerm{column: "c.urgency", desc: true}
	switch o {
	case OrderValue:
		return []sortTerm{{column: "c.value_cents", desc: true}, urgency}
	case OrderLastContact:
		return []sortTerm{{column: "c.last_contact_at", nullable: true}, urgency}
	case OrderDaysInPhase:
		return []sortTerm{{column: "c.phase_since"}, urgency}
	case OrderName:
		return []sortTerm{{column: "c.name_key"}, urgency}
	}
	return []sortTerm{urgency, {column: "c.last_contact_at", desc: true, nullable: true}}
}

// index is the board's index of the order, of the active customers of a
// phase (schema steps 3 and 8).
func (o Order) index() string {
	switch o {
	case OrderValue:
		return "customers_by_phase_value"
	case OrderLastContact:
		return "customers_by_phase_contact"
	case OrderDaysInPhase:
		return "customers_by_phase_since"
	case OrderName:
		return "customers_by_phase_name_key"
	}
	return "customers_on_board"
}

// orderBy is the ORDER BY clause of the order, without the words.
func (o Order) orderBy() string {
	var keys []string
	for _, t := range o.terms() {
		keys = append(keys, t.key())
	}
	return strings.Join(append(keys, "c.id"), ", ")
}

// key is the term as a key of ORDER BY.
func (t sortTerm) key() string {
	k := t.column
	if t.desc {
		k += " DESC"
	}
	switch {
	case t.nullable && t.desc:
		k += " NULLS LAST"
	case t.nullable:
		k += " NULLS FIRST"
	}
	return k
}

// value is the term as compared with a card's own value of it.
func (t sortTerm) value() string {
	if t.nullable {
		return "coalesce(" + t.column + ", -1)"
	}
	return t.column
}

// keyValues is the select list of a card's values of the order's keys,
// as before compares them.
func (o Order) keyValues() string {
	var cols []string
	for _, t := range o.terms() {
		cols = append(cols, t.value())
	}
	return strings.Join(cols, ", ")
}

// before is the condition that a customer comes before the card whose
// values of the order's keys are vals and whose id is id, with its
// arguments.
func (o Order) before(vals []any, id int64) (string, []any) {
	cond, args := "c.id < ?", []any{id}
	terms := o.terms()
	for i := len(terms) - 1; i >= 0; i-- {
		t, op := terms[i], " < ?"
		if t.desc {
			op = " > ?"
		}
		cond = "(" + t.value() + op + " OR (" + t.value() + " = ? AND " + cond + "))"
		args = append([]any{vals[i], vals[i]}, args...)
	}
	return cond, args
}
