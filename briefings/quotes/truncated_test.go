package quotes

import (
	"fmt"
	"testing"
)

// truncatedSentences are, in our own words, the shapes the rules of
// publication.go, objectends.go and speakerscan.go look at: a verb of
// publishing and its object, a closing appositive, an adjunct of
// occasion, a second predicate, a fronted modifier, a time or phrase
// between subject and verb, a name after a participle's object.
var truncatedSentences = []string{
	"The council issued a statement Wednesday saying the vote was fair.",
	"The board released its findings, concluding that the dam is safe.",
	"The league released a memo from its referees that says the goal should have stood.",
	"The paper published its findings by announcing that the claim was false.",
	"Released a new ad calling the plan “reckless,” the group said.",
	"The report was released Monday, and the newly released memo says little.",
	"Lee said the plan would pass, a move that could split the party.",
	"Lee said the plan would pass, one that will dominate the meeting, and left.",
	"Lee praised the volunteers at a rally in the capital.",
	"Lee denied the report through a spokeswoman on Twitter.",
	"Lee said she was tired and would not run, but did not say who.",
	"Eagerly blaming the storm, Lee said the roads were closed.",
	"Most recently, Lee said the vote was close.",
	"Inspectors have this week faulted the builder, who last month promised repairs.",
	"After Lee a week later disclosed the memo, the aide who in three memos had warned resigned.",
	"The union backing Mayor Hale, Omar Diaz, said the strike would go on.",
	"“We are done,” the group said in a statement issued Friday.",
}

// TestTruncatedSentences extracts every prefix of the sentences above
// that ends at a token, bare and followed by a period or a closing
// quote mark, so that each rule meets a sentence ending right after the
// word it looks at (an index past the last token panics here).
func TestTruncatedSentences(t *testing.T) {
	for _, s := range truncatedSentences {
		rs := []rune(s)
		for i := 1; i <= len(rs); i++ {
			if i < len(rs) && isWordRune(rs[i-1]) && isWordRune(rs[i]) {
				continue // not a token's end
			}
			p := string(rs[:i])
			for _, text := range []string{p, p + ".", p + "”", "“" + p, "He said, “" + p} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("Extract(%q) panicked: %v", text, r)
						}
					}()
					for _, e := range []Extractor{{Model: defaultModel}, {}} {
						_ = fmt.Sprint(e.Extract(text))
					}
				}()
			}
		}
	}
}
