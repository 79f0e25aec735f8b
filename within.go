package newsbot

import (
	"strconv"
	"strings"
	"time"
)

// ParseTopicWithin reads a question that may say how recent the news
// should be. A time phrase that ends it ("syria today", "halloran past 3
// days"), or opens it with one of opensPhrase ("this week ferry strike"),
// sets Within, Period and Span and is not searched for as words: searched
// for, "today" found only articles that print the word. A phrase alone
// ("!brief today") is the topic, as typed. The rest is read as ParseTopic
// reads it.
func ParseTopicWithin(s string) Topic {
	fields := strings.Fields(s)
	for _, atEnd := range []bool{true, false} {
		for n := min(5, len(fields)-1); n >= 1; n-- {
			phrase, rest := fields[:n], fields[n:]
			if atEnd {
				phrase, rest = fields[len(fields)-n:], fields[:len(fields)-n]
			}
			within, period, ok := timePhrase(phrase)
			if !ok || !atEnd && !opensPhrase[strings.ToLower(phrase[0])] {
				continue
			}
			t := ParseTopic(strings.TrimRight(strings.Join(rest, " "), " ,;:–—-"))
			if t.Empty() {
				continue
			}
			t.Within, t.Period = within, period
			t.Span = strings.Trim(strings.Join(phrase, " "), phraseMarks)
			return t
		}
	}
	return ParseTopic(s)
}

// opensPhrase are the first words of a time phrase that may open a
// question ("this week ferry strike"); a single word there is more often
// part of a name ("Today show ratings").
var opensPhrase = map[string]bool{"this": true, "past": true, "last": true, "in": true, "over": true, "from": true,
	"during": true, "since": true}

// phraseMarks are the punctuation around a time phrase's words.
const phraseMarks = ".,;:!?()[]\"'“”‘’"

// From limits the topic to the span it asked for, counted back from now:
// it sets Since. A topic without a span is returned as it is.
func (t Topic) From(now time.Time) Topic {
	if t.Within > 0 {
		t.Since = now.Add(-t.Within)
	}
	return t
}

const day = 24 * time.Hour

// timeWords are the phrases of one or two words ParseTopicWithin reads,
// lower case and without punctuation, and the span each covers. "today"
// is the past 24 hours, not since midnight: the reader's midnight is not
// known, and a story from late last night is what "today" asks for.
var timeWords = map[string]time.Duration{
	"today": day, "tonight": day, "this morning": day, "this afternoon": day, "this evening": day,
	"past day": day, "last day": day, "last 24 hours": day, "past 24 hours": day,
	"yesterday": 2 * day, "since yesterday": 2 * day,
	"this week": 7 * day, "past week": 7 * day, "last week": 7 * day, "this weekend": 3 * day,
	"this month": 30 * day, "past month": 30 * day, "last month": 30 * day,
	"this year": 365 * day, "past year": 365 * day, "last year": 365 * day,
}

// timeUnits are the units of "past 3 days", "last 48 hours", "in the last
// 2 weeks".
var timeUnits = map[string]time.Duration{
	"hour": time.Hour, "hours": time.Hour, "day": day, "days": day,
	"week": 7 * day, "weeks": 7 * day, "month": 30 * day, "months": 30 * day,
}

// timePhrase reads one time phrase; period says, for the reader, what
// span was searched ("the past 24 hours").
func timePhrase(words []string) (within time.Duration, period string, ok bool) {
	w := make([]string, 0, len(words))
	for _, f := range words {
		if f = strings.ToLower(strings.Trim(f, phraseMarks)); f != "" {
			w = append(w, f)
		}
	}
	// "in the past week", "from the last 3 days", "over the past month"
	if len(w) > 2 && (w[0] == "in" || w[0] == "from" || w[0] == "over" || w[0] == "during") && w[1] == "the" {
		w = w[2:]
	}
	switch {
	case len(w) == 0:
		return 0, "", false
	case len(w) <= 2:
		if d, ok := timeWords[strings.Join(w, " ")]; ok {
			return d, describeSpan(d), true
		}
	}
	if len(w) == 3 && (w[0] == "past" || w[0] == "last") {
		n, err := strconv.Atoi(w[1])
		unit, ok := timeUnits[w[2]]
		if err == nil && ok && n > 0 && n <= 1000 {
			d := time.Duration(n) * unit
			return d, describeSpan(d), true
		}
	}
	return 0, "", false
}

// describeSpan names a span for the reader: "the past 24 hours", "the
// past 2 days", "the past 50 hours".
func describeSpan(d time.Duration) string {
	switch {
	case d <= 2*day && d%time.Hour == 0 && d != 2*day:
		return "the past " + plural(int(d/time.Hour), "hour")
	case d%day == 0:
		return "the past " + plural(int(d/day), "day")
	}
	return "the past " + plural(int(d.Round(time.Hour)/time.Hour), "hour")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}
