package quotes

import "testing"

// A clause after the content that goes on about the speaker ("…, and she
// left", "…, even as he asked") is the narrator's, not part of what was
// said: the boundary ranker must keep the rules' cut there rather than
// run the content on (the model before the e.next.speakerClause feature
// did, or stopped after "even").
func TestModelStopsBeforeClauseAboutSpeaker(t *testing.T) {
	runModelContentCases(t, []modelContentCase{
		{"She argued that the plan would fail, and she left the meeting early.",
			"that the plan would fail"},
		{"He said the force was ready, even as he asked the council for more officers.",
			"the force was ready"},
	})
}
