package quotes

// dashClauseOnly trims the content before a cue set off in the middle of
// a sentence to the clause that the cue interrupts, when that clause
// opened after a lone dash: "The council passed the budget - a plan,
// the mayor said, that will cut bus routes." The statement is "a plan …
// that will cut bus routes"; the narrative before the dash is the
// writer's. A dash closing an aside ("The plan - costly and late - will
// pass, she said, …") leaves the clause whole, unless a coordinator
// after it opens a new one ("… - and the vote, he said, was close"). The
// coordinator, or a "though" that opens the clause, is no part of the
// statement either.
//
// Only for a cue the content resumes after: before a cue that ends the
// sentence ("Sales were strong - the best in a decade, she said.") a
// dash more often sets off an elaboration that is part of the statement.
func (x *extractor) dashClauseOnly(content []tspan) []tspan {
	if len(content) == 0 {
		return content
	}
	d := x.d
	c := content[0]
	dashes, last := 0, -1
	for k := c.first; k <= c.last; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		if isDashToken(d.toks, k) {
			dashes++
			last = k
		}
	}
	if last < 0 || last >= c.last {
		return content
	}
	first := last + 1
	coordinated := d.toks[first].is("and", "but", "yet", "though", "although")
	if dashes%2 == 0 && !coordinated {
		return content
	}
	if coordinated {
		first++
	}
	if first > c.last || d.toks[first].kind != word && d.toks[first].kind != qmark {
		return content
	}
	return append([]tspan{{first, c.last}}, content[1:]...)
}
