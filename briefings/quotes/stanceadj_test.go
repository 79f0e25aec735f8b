package quotes

import "testing"

// "quick to" before a verb of speech or stance is the subject's own
// readiness to say it, framed like "eager to": the cue runs to the verb,
// the subject is the speaker.
func TestSpeechCueQuickTo(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"point out", "The coach was quick to point out his side had won twice.", "quick to point out", "his side had won twice", "The coach"},
		{"plural", "Farm groups were quick to condemn the new water rule.", "quick to condemn", "the new water rule", "Farm groups"},
	})
}

// "confident in" after "be" holds the subject's view of what follows.
func TestSpeechCueConfident(t *testing.T) {
	runSpeechCueCases(t, []speechCueCase{
		{"in", "The club's owners are confident in the new manager.", "confident", "in the new manager", "The club's owners"},
	})
}
