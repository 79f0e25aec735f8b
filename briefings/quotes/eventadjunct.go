package quotes

import "strings"

// weekdays name the days a statement is dated by: "on Monday",
// "Tuesday night".
var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// eventTimeEnd returns where a phrase that dates the speaker's act ends,
// when one starts at k before end, and k otherwise: a weekday ("Monday",
// "on Thursday night"), a month after "in" or "on" ("in March", "on May
// 3", "in June 2015"), a stretch of time that "last", "this" or
// "earlier" makes a time phrase of ("last week", "earlier this month"),
// or "yesterday", "today" and "tonight". A possessive ("Monday's vote")
// is a modifier, not a date. A bare year ("the nominee in 2004") and
// "next" ("a harvest next autumn") more often date what was said than the
// saying, and annotators keep them (6 of 9 on train).
func (x *extractor) eventTimeEnd(k, end int) int {
	d := x.d
	j := k
scan:
	for n := 0; j < end && d.inq[j] < 0 && n < 4; n++ {
		t := &d.toks[j]
		switch {
		case t.capital() && weekdays[t.lower], t.is("yesterday", "today", "tonight"):
		case j > k && t.capital() && monthWords[t.lower] && (!t.is("may") || j+1 < end && number(&d.toks[j+1])):
			// after "in" or "on": "in March", "on May 3"
		case j > k && number(t) && monthWords[d.toks[j-1].lower]:
			// "May 3", "June 2015"
		case j > k && periodNouns[t.lower] && (weekdays[d.toks[j-1].lower] || d.toks[j-1].is("last", "this")):
			// "last week", "Thursday night"
		case j == k && t.is("on", "in", "last", "this", "earlier"), j == k+1 && d.toks[k].is("earlier") && t.is("this"):
		default:
			break scan
		}
		j++
		if j < end && d.toks[j].is("'s") {
			return k
		}
	}
	// The phrase must hold a date, not only its opener ("in", "this").
	for p := k; p < j; p++ {
		if t := &d.toks[p]; !t.is("on", "in", "last", "this", "earlier") {
			return j
		}
	}
	return k
}

// dateAdjunctAt reports whether a date that starts at k only says when
// the speaker acted: it runs to the end of the content ("on Monday") or
// an occasion follows it ("on Sunday at a forum", occasionAt). A date
// with more after it ("last spring for every truck", "in March, its
// third try") may be part of the object.
func (x *extractor) dateAdjunctAt(k, end int) bool {
	j := x.eventTimeEnd(k, end)
	return j > k && (j == end || x.occasionAt(j, end))
}

// occasionParticiple reports whether the word at k, in an object that
// starts at i, is a participle in "-ed" that follows an occasion or a
// document and dates or places it ("in an interview published Friday",
// "at a rally held in the capital"): it describes the occasion, it is
// not the object's verb. A verb with an object of its own ("in a letter
// thanked her") is a predicate.
func occasionParticiple(d *doc, i, k int) bool {
	if k <= i || k+1 >= len(d.toks) || !strings.HasSuffix(d.toks[k].lower, "ed") {
		return false
	}
	p, n := &d.toks[k-1], &d.toks[k+1]
	return (occasions[p.lower] || documents[p.lower]) && (n.in(inPrepositions) || n.in(inTimeWords) || n.kind != word)
}
