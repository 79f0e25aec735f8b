package quotes

// What "the operator" or "the union" can stand for (orgBefore): a body of
// members (a union, a federation, a party) is not a business, and a
// business is not a union. When the organisation found is of the other
// kind the description stays as written: "the operator" is better than
// the wrong body. Measured on PolNeAR train: of orgBefore's 14
// resolutions 9 were right, and both across kinds were wrong ("the
// company" for the Democratic Party, "the party" for the White House).

// businessNouns describe a business or its regulator.
var businessNouns = set("operator", "company", "firm", "airline", "carrier", "bank", "retailer", "insurer",
	"automaker", "regulator")

// memberBodyWords mark a name as a body of members: "The Rail Workers'
// Federation", "the Farmers' Union", "the Liberal Party".
var memberBodyWords = set("union", "unions", "federation", "confederation", "association", "guild",
	"brotherhood", "party", "workers", "teamsters")

// memberNouns are descriptions of such a body; the name must say which
// ("the union" is not "Valdera Rail").
var memberNouns = map[string][]string{
	"union": {"union", "unions", "federation", "confederation", "association", "guild", "brotherhood",
		"workers", "teamsters"},
	"party": {"party", "republicans", "democrats", "gop"},
}

// orgKindFits reports whether the name in tokens i to j-1 can be what
// "the <noun>" calls it. An acronym tells no kind and fits.
func (r *resolver) orgKindFits(noun string, i, j int, acronym bool) bool {
	if acronym {
		return true
	}
	d := r.d
	if want, ok := memberNouns[noun]; ok {
		for t := i; t < j; t++ {
			if d.toks[t].is(want...) {
				return true
			}
		}
		return false
	}
	if businessNouns[noun] {
		for t := i; t < j; t++ {
			if memberBodyWords[d.toks[t].lower] {
				return false
			}
		}
	}
	return true
}

// pluralPossessiveInName reports whether token j is the apostrophe of a
// plural possessive inside a capitalized name, before its next word:
// "The Rail Workers' Federation", "the Farmers' Union". Not before a
// person's name: "Harbour News' Ella Stone" is the outlet's reporter.
func (r *resolver) pluralPossessiveInName(j, end int) bool {
	d := r.d
	t := &d.toks[j]
	return t.kind == word && t.lower == "'s" && t.text != "'s" && t.text != "’s" && j > 0 && d.toks[j-1].capital() &&
		j+1 < end && d.toks[j+1].kind == word && d.toks[j+1].capital() && d.inq[j+1] < 0 && !r.mentionIn(j+1, j+2)
}
