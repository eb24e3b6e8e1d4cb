package data

import (
	"strings"
	"time"

	"tend/lifecycle"
)

// lastActivity is a new customer's last activity in the system a file
// came from.
type lastActivity struct {
	customerID int64
	at         time.Time
}

// matchFile finds the system whose export a customers file is, then the
// field of each column.
func matchFile(what Entity, header []string, opt ImportOptions, report *ImportReport) (*columns, error) {
	if what != Customers {
		return matchColumns(what, header, opt.Map, nil)
	}
	src, choice, err := chooseSource(header, opt.From)
	if err != nil {
		return nil, err
	}
	report.Source = choice
	cols, err := matchColumns(what, header, opt.Map, src)
	if err == nil && choice.German {
		cols.order = lifecycle.DayFirst
	}
	return cols, err
}

// startCustomers readies the run for a customers file: it reads the rows
// ahead and maps their stages by the source's table with the user's
// mappings over it.
func (r *importRun) startCustomers(cols *columns) error {
	r.read = r.readCustomer
	r.ahead = newFactsBuilder(r.now, r.sc.models, r.sc.rules)
	r.owners, r.tags = map[string]bool{}, map[string]bool{}
	r.report.Profile.Phases = map[string]int{}
	var err error
	if r.stages, err = newStageTable(cols.src, r.lc, r.opt.PhaseMap, r.opt.PhaseNames); err != nil {
		return err
	}
	r.report.Stages = r.stages.lines
	return nil
}

// plan tells the plan of a customers file, once its rows are read, so
// that the stage table counts the rows in each stage, and before the
// import keeps anything: a refused import and a dry run tell it too.
func (r *importRun) plan() {
	if r.stages != nil && r.opt.Plan != nil {
		r.opt.Plan(*r.report)
	}
}

// countStage counts a row of a customers file in its stage, a bad row too:
// a stage without a phase is what the user must see.
func (r *importRun) countStage(c *cells) {
	if c.stage > 0 {
		r.report.Stages[c.stage-1].Rows++
	}
}

// applyCustomer copies a customers row onto dst: its fields, a name made of
// the name's parts where the file has no name, and, where the system keeps
// its stages among its labels, the phase of the furthest one.
func (r *importRun) applyCustomer(c *cells, dst *lifecycle.Customer) {
	c.applyProfile(dst, func(s string) (string, error) {
		key, line, err := r.stages.phase(s, r.lc, r.opt.PhaseNames)
		c.stage = line + 1
		return key, err
	})
	if name := c.nameOfParts(); name != "" {
		if _, named := c.text(fieldName); !named {
			dst.Name = name
		}
	}
	if src := c.cols.src; src != nil && src.stagesInTags && c.stage == 0 {
		if _, staged := c.text(fieldPhase); !staged {
			key, line := r.stages.furthest(dst.Tags, r.lc)
			if line >= 0 {
				dst.Phase, c.stage = key, line+1
			}
		}
	}
}

// nameOfParts is the name the row's given, middle and family names make,
// in that order, or "".
func (c *cells) nameOfParts() string {
	var parts []string
	for _, f := range []field{fieldGivenName, fieldMiddleName, fieldFamilyName} {
		if s, ok := c.text(f); ok {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// counted counts a customer the import wrote, in the phase it is in and
// by what it holds.
func (r *importRun) counted(cust lifecycle.Customer, phase string) {
	p := &r.report.Profile
	p.Phases[phase]++
	for _, has := range []struct {
		value string
		n     *int
	}{{cust.Email, &p.WithEmail}, {cust.Phone, &p.WithPhone}, {cust.Owner, &p.WithOwner}} {
		if has.value != "" {
			*has.n++
		}
	}
	p.Emails += len(cust.OtherEmails)
	p.Phones += len(cust.OtherPhones)
	if cust.Email != "" {
		p.Emails++
	}
	if cust.Phone != "" {
		p.Phones++
	}
	if cust.Owner != "" && !r.owners[cust.Owner] {
		r.owners[cust.Owner] = true
		p.Owners++
	}
	if len(cust.Tags) > 0 {
		p.WithTags++
	}
	for _, t := range cust.Tags {
		if !r.tags[t] {
			r.tags[t] = true
			p.Tags++
		}
	}
}

// keepLastActivity notes a customer's last activity in the system the file
// came from, to be recorded once the customers are written, where the
// book knows of no contact since (lastContact): an update that imports the
// same file again adds no second note.
func (r *importRun) keepLastActivity(id int64, at, lastContact time.Time) {
	if at.IsZero() || r.opt.LastActivity == nil || !lastContact.Before(at) {
		return
	}
	r.lastActivities = append(r.lastActivities, lastActivity{customerID: id, at: at})
	r.report.Profile.LastActivities++
}

// recordLastActivities records the last activity of each customer that
// the file dates, as a note at that date, once the customers are
// written (finish writes them first): the flags then count a customer's silence from there, not from
// the day of the import.
func (r *importRun) recordLastActivities() error {
	if len(r.lastActivities) == 0 {
		return nil
	}
	summary := r.opt.LastActivity(r.report.Source.Source)
	for _, a := range r.lastActivities {
		x := lifecycle.Contact{CustomerID: a.customerID, At: a.at, Kind: lifecycle.Note, Direction: lifecycle.Out,
			Sentiment: lifecycle.Neutral, Summary: summary}
		if _, err := insertContact(r.ctx, r.st, x, r.now.Unix()); err != nil {
			return err
		}
		if err := r.touch(a.customerID, true); err != nil {
			return err
		}
	}
	return nil
}

// uses lists the columns read and the field of each, in the file's order.
func (c *columns) uses() []ColumnUse {
	var out []ColumnUse
	for i, name := range c.names {
		for f := range numFields {
			if c.index[f] == i || c.alt[f] == i {
				out = append(out, ColumnUse{Column: name, Field: f.String()})
			}
		}
	}
	return out
}
