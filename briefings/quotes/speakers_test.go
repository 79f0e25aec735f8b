package quotes

import (
	"strings"
	"testing"
)

// speakerCase is a sentence, the cue of one of its attributions and the
// speaker mention the rules should give it ("" for none).
type speakerCase struct {
	name, text, cue, want string
}

// rulesSpeaker runs the rules alone on text and returns the speaker
// mention of the attribution whose cue is cue.
func rulesSpeaker(t *testing.T, text, cue string) string {
	t.Helper()
	var cues []string
	for _, a := range (Extractor{}).Extract(text) {
		c := string([]rune(text)[a.Cue.Start:a.Cue.End])
		if c == cue {
			return a.Quote(text).Mention
		}
		cues = append(cues, c)
	}
	t.Fatalf("no attribution with cue %q (cues %q)", cue, cues)
	return ""
}

func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := rulesSpeaker(t, c.text, c.cue); got != c.want {
				t.Errorf("speaker of %q in %q = %q, want %q", c.cue, c.text, got, c.want)
			}
		})
	}
}

// An adverb of frequency or time between subject and verb is not the
// subject.
func TestSpeakerFrequencyAdverb(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"twice", "The watchdog group has twice complained to the campaign about the logo.", "complained", "The watchdog group"},
		{"seldom", "The mayor, whose campaign is struggling, seldom speaks of his brother.", "speaks of", "The mayor"},
		{"long ago", "The agency long ago showed its willingness to rely on contractors.", "showed", "The agency"},
	})
}

// A verb after a common noun ends the subject: "the governor toured" is a
// subject and its verb, not a longer name.
func TestSpeakerEndsBeforeVerb(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"participle", "When the storm passed, the governor toured the damage, promising aid.", "promising", "the governor"},
	})
}

// A verb after "and" shares the subject of the verb just before it when
// that subject is a pronoun or a name: the relative pronoun of "who met
// … and said", not the sentence's subject.
func TestSpeakerCoordinatedVerb(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"relative", "The plan was drafted by Ann Lee, who met the donors last week and said they were happy.", "said", "who"},
		{"pronoun", "Reporters waited outside for hours until she arrived and told them the talks had failed.", "told", "she"},
		{"reported clause", "The company said it expected revenue to rise, but warned that costs were also increasing.", "warned", "The company"},
	})
}

// The subject of a passive cue was spoken to or about: the speaker is the
// agent after "by", or none.
func TestSpeakerPassiveWithAdverb(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"asked", "The voters were also asked whether they trusted the mayor.", "asked", ""},
		{"expected", "The senator had been expected to visit the capital on Monday.", "expected", ""},
		{"feeling", "Democrats are still convinced that the plan will pass.", "convinced", "Democrats"},
	})
}

// A long mention is cut to the name in it: after a long description, or
// before a long affiliation.
func TestSpeakerNameOfLongMention(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"description", "The governor's former chief of staff and longtime campaign adviser Ann Lee said the plan would fail.", "said", "Ann Lee"},
		{"affiliation", "\"We will win,\" said Ann Lee of the National Council of State Legislatures.", "said", "Ann Lee"},
		{"short title", "Republican presidential candidate Donald Trump said the deal was bad.", "said", "Donald Trump"},
		{"title of", "Secretary of State John Kerry said the talks would resume.", "said", "Secretary of State John Kerry"},
	})
}

// "Asked whether …, 60 percent said yes": the question is put to the
// subject, who answers it; the question has no speaker.
func TestSpeakerAnswerToAQuestion(t *testing.T) {
	text := "Asked whether the mayor “has the honesty to lead the city,” 60 percent of voters said yes."
	question := false
	for _, a := range (Extractor{}).Extract(text) {
		q := a.Quote(text)
		if strings.Contains(q.Text, "honesty") {
			question = true
			if q.Mention != "" {
				t.Errorf("the question %q has speaker %q, want none", q.Text, q.Mention)
			}
		}
	}
	if !question {
		t.Error("the question is not reported")
	}
}

// A comma after a party label closes no appositive: the mention is the
// name with its label.
func TestSpeakerPartyLabelComma(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"label", "At a rally in Dayton, Ohio, on Tuesday, Sen. Jane Lee (R-Ohio), said the bill would pass.", "said", "Sen. Jane Lee (R-Ohio)"},
	})
}

// A participle after "by", "while", "before" or "after" takes the
// subject of the verb it qualifies.
func TestSpeakerByParticiple(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"by", "While unions push for higher wages, Lee has rallied voters by promising lower taxes.", "promising", "Lee"},
	})
}

// "with one of her mailers asking": the phrase after "with" may hold a
// possessive pronoun.
func TestSpeakerWithPossessive(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"mailers", "Ortiz and her allies tried to link the council to the developer, with one of her mailers asking, “Who does the council work for?”", "asking", "one of her mailers"},
	})
}

// A passive cue's agent may follow a time word: "was endorsed Friday by".
func TestSpeakerPassiveAgentAfterTime(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"friday", "The governor's plan was endorsed Friday by Sen. Ann Lee of Ohio.", "endorsed", "Sen. Ann Lee of Ohio"},
	})
}

// A fronted participle's subject comes after its comma, past a relative
// clause that qualifies the participle's object.
func TestSpeakerFrontedPastRelative(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"which", "After thanking the crowd, which chanted his name, he promised to fight on.", "thanking", "he"},
	})
}

// A place after a preposition at the end of a mention is not its name.
func TestSpeakerLongMentionEndsInPlace(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"of the", "\"It is a disgrace,\" said Del. Ann Lee of the Virgin Islands.", "said", "Del. Ann Lee of the Virgin Islands"},
	})
}
