package quotes

import "testing"

// A stance verb's noun-phrase object ends before a date that closes the
// content: the date says when the speaker acted ("endorsed the levy on
// Monday"), alone or before an occasion ("on Sunday at a forum"). A bare
// year or "next" dates what was said and stays. A clause keeps its date
// ("said the bridge would reopen on Monday"), and so does an object that
// goes on after the date ("sought a toll last spring for every truck"),
// or a possessive ("Monday's vote"). After "the attack on" a date is
// not the attack's target: "condemned the attack on Sunday" gives "the
// attack", where "the attack on a mosque" gives "a mosque".
func TestRulesEventTimeAdjunct(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "on and a weekday",
			text: "The mayor endorsed the levy on Monday.",
			want: "the levy by The mayor",
		},
		{
			name: "a weekday and a part of the day",
			text: "The senator backed her rival for the open seat on Thursday night.",
			want: "her rival for the open seat by The senator",
		},
		{
			name: "a bare weekday and a part of the day",
			text: "The pastor voiced his praise for the volunteers Friday afternoon.",
			want: "his praise for the volunteers by The pastor",
		},
		{
			name: "last and a stretch of time",
			text: "The choir backed a boycott last month.",
			want: "a boycott by The choir",
		},
		{
			name: "earlier this week",
			text: "The board ruled out a merger earlier this week.",
			want: "a merger by The board",
		},
		{
			name: "in and a month",
			text: "The chief described the new plan in November.",
			want: "the new plan by The chief",
		},
		{
			name: "in, a month and a year",
			text: "The firm opposed the merger with its rival in June 2019.",
			want: "the merger with its rival by The firm",
		},
		{
			name: "a date and then an occasion",
			text: "The minister defended her budget on Sunday at a forum in the capital.",
			want: "her budget by The minister",
		},
		{
			name: "a date is not what an attack was on",
			text: "The group condemned the attack on Sunday.",
			want: "the attack by The group",
		},
		{
			name: "a bare year stays",
			text: "The coach backed the losing side in 2004.",
			want: "the losing side in 2004 by The coach",
		},
		{
			name: "next stays",
			text: "The growers expect a smaller harvest next autumn.",
			want: "a smaller harvest next autumn by The growers",
		},
		{
			name: "a clause keeps its date",
			text: "The minister said the bridge would reopen on Monday.",
			want: "the bridge would reopen on Monday by The minister",
		},
		{
			name: "an object that goes on after the date",
			text: "The governor sought a toll last spring for every truck on the bridge.",
			want: "a toll last spring for every truck on the bridge by The governor",
		},
		{
			name: "a possessive weekday modifies the noun after it",
			text: "The mayor praised the volunteers at Monday's cleanup.",
			want: "the volunteers at Monday's cleanup by The mayor",
		},
	})
}

// A noun-phrase object ends before the medium it was said in: a page or
// a show named by its platform or network ("on its Facebook page", "on
// CNN"), or a document or event that a participle dates ("in an
// interview published Friday").
func TestRulesEventVenueAdjunct(t *testing.T) {
	runNamedContentCases(t, []namedContentCase{
		{
			name: "a page named by its platform",
			text: "The club has touted the new coach on its Facebook page.",
			want: "the new coach by The club",
		},
		{
			name: "a network",
			text: "The senator criticized the plan on CNN.",
			want: "the plan by The senator",
		},
		{
			name: "a network's show",
			text: "The author discussed her new book on the NBC morning show.",
			want: "her new book by The author",
		},
		{
			name: "an interview that a participle dates",
			text: "The candidate praised the mayor's record in an interview published Friday.",
			want: "the mayor's record by The candidate",
		},
		{
			name: "a topic after in stays",
			text: "The poet talked about the smell in the morning air.",
			want: "the smell in the morning air by The poet",
		},
	})
}
