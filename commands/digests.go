package commands

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot"
	"github.com/newsbot-dev/newsbot/briefings"
)

// digestExample is the example every digest usage message shows.
const digestExample = "digest subscribe 08:00 Europe/Berlin syria, ukraine"

// Limits on what a subscription may ask for.
const (
	maxDigestTopics     = 5
	maxDigestTopicRunes = 80
)

// registerDigests adds the digest command. Subscribing, unsubscribing and
// resuming change the server's settings and need Manage Server; listing
// and previewing do not, so the command itself is not Admin and the
// console (which has no server) can preview.
func registerDigests(r *Router, s *Service) {
	r.Add(Command{
		Name:    "digest",
		Summary: "Daily digests of the news in this channel: subscribe, list, unsubscribe, resume, or preview one now.",
		Description: "`digest subscribe <HH:MM> <time zone> [topics, comma separated]` posts the day's top stories in this " +
			"channel every day at that local time (IANA zone names such as Europe/Berlin or America/New_York; daylight " +
			"saving is followed). Add `weekdays` for Monday to Friday only, and `quiet:skip` to post nothing on a day " +
			"without news (the default, `quiet:note`, posts a short note). Subscribing again with the same time, zone and topics " +
			"(in any order or case) changes that digest's `weekdays` and `quiet` to the ones given instead of adding another. " +
			"Each digest covers the news since the last one, " +
			"at most a day: 5 to 10 stories, each with one or two cited sentences and its outlets, and a quote of the day. " +
			"`digest list` shows this server's digests and when each is next due; `digest unsubscribe <number>` stops one " +
			"(one number a command; numbers are never reused); " +
			"`digest resume <number>` restarts one that was paused because its channel could not be posted in. " +
			"`digest preview [topics]` shows one now, to you only where Discord allows. " +
			"Subscribe, unsubscribe and resume need the Manage Server permission.",
		Examples: []string{digestExample, "digest subscribe 07:30 America/New_York weekdays quiet:skip",
			"digest list", "digest unsubscribe 3", "digest preview ukraine"},
		Options: []Option{
			{Name: "action", Description: "subscribe, list, unsubscribe, resume or preview", Required: true},
			{Name: "time", Description: "subscribe: the local time, HH:MM on the 24-hour clock"},
			{Name: "zone", Description: "subscribe: an IANA time zone such as Europe/Berlin"},
			{Name: "topics", Description: "subscribe, preview: topics, comma separated (none: the top stories)", Rest: true},
			{Name: "weekdays", Description: "subscribe: yes for Monday to Friday only"},
			{Name: "quiet", Description: "subscribe: on a day without news, note (the default) or skip"},
			{Name: "id", Description: "unsubscribe, resume: the digest's number, as digest list shows it"},
		},
		Handler: s.digest,
	})
}

// digestRequest is a digest command, from a slash command's options or
// from the text after "!digest".
type digestRequest struct {
	action, clock, zone string
	topics              []string
	weekdays            bool
	quiet               string
	id                  string
}

// parseDigest reads "subscribe 08:00 Europe/Berlin weekdays quiet:skip
// syria, ukraine": the time and zone come first, the flags anywhere,
// the rest are topics separated by commas.
func parseDigest(req Request) (digestRequest, error) {
	var d digestRequest
	if a, ok := req.Params["action"]; ok {
		d.action = strings.ToLower(strings.TrimSpace(a))
		d.clock, d.zone = strings.TrimSpace(req.Params["time"]), strings.TrimSpace(req.Params["zone"])
		d.id = strings.TrimSpace(req.Params["id"])
		d.topics = splitTopics(req.Params["topics"])
		var err error
		if d.weekdays, err = parseYesNo(req.Params["weekdays"]); err != nil {
			return d, err
		}
		d.quiet = strings.ToLower(strings.TrimSpace(req.Params["quiet"]))
		return d, nil
	}
	fields := strings.Fields(req.Args)
	if len(fields) == 0 {
		return d, nil
	}
	d.action, fields = strings.ToLower(fields[0]), fields[1:]
	switch d.action {
	case "subscribe", "add":
		if len(fields) > 0 {
			d.clock, fields = fields[0], fields[1:]
		}
		if len(fields) > 0 {
			d.zone, fields = strings.TrimSuffix(fields[0], ","), fields[1:]
		}
	case "unsubscribe", "remove", "rm", "resume":
		d.id = strings.Join(fields, " ")
		return d, nil
	}
	var rest []string
	for _, f := range fields {
		word, comma := strings.CutSuffix(f, ",")
		w := strings.ToLower(word)
		key, value, isOption := strings.Cut(strings.ReplaceAll(w, "=", ":"), ":")
		switch {
		case w == "weekdays" || w == "weekdays-only":
			d.weekdays = true
		case isOption && key == "weekdays":
			yes, err := parseYesNo(value)
			if err != nil {
				return d, err
			}
			d.weekdays = yes
		case isOption && key == "quiet":
			if value == "" {
				return d, optionTypo(req, word, "quiet:skip")
			}
			d.quiet = value
		case isOption && nearWord(key, "quiet"):
			return d, optionTypo(req, word, "quiet:"+value)
		case isOption && nearWord(key, "weekdays"):
			return d, optionTypo(req, word, "weekdays")
		case !isOption && nearWord(w, "weekdays"):
			return d, optionTypo(req, word, "weekdays")
		default:
			rest = append(rest, f)
			continue
		}
		if comma {
			rest = append(rest, ",")
		}
	}
	d.topics = splitTopics(strings.Join(rest, " "))
	return d, nil
}

// parseYesNo reads the weekdays option's value.
func parseYesNo(v string) (bool, error) {
	switch w := strings.ToLower(strings.TrimSpace(v)); w {
	case "", "no", "false", "n", "every day", "daily":
		return false, nil
	case "yes", "true", "y", "weekdays":
		return true, nil
	default:
		return false, newsbot.Errorf(newsbot.EINVALID, "weekdays is yes or no, not “%s”.", w)
	}
}

// nearWord reports whether w looks like a typo of option, an option
// keyword: within two edits, and not too short to tell.
func nearWord(w, option string) bool {
	return w != option && len([]rune(w)) >= 4 && editDistance(w, option) <= 2
}

// optionTypo is the answer to a subscribe whose words hold a mistyped
// option ("weekday", "quite:skip"), which would otherwise become a topic:
// nothing is set up.
func optionTypo(req Request, word, meant string) error {
	if req.Params != nil {
		name, _, _ := strings.Cut(meant, ":")
		return newsbot.Errorf(newsbot.EINVALID, "“%s” in the topics looks like an option, so I set nothing up: use the `%s` option instead.", word, name)
	}
	return newsbot.Errorf(newsbot.EINVALID, "“%s” looks like a mistyped option, so I set nothing up: did you mean `%s`? `%shelp digest` lists the options.",
		word, meant, req.Prefix)
}

// topicOptionTypo checks topics for what was meant as an option: a whole
// topic such as "quiet skip", or in a slash command's topics an option
// keyword (the options have their own fields there).
func topicOptionTypo(req Request, topics []string) error {
	for _, t := range topics {
		switch w := strings.ToLower(t); w {
		case "quiet", "skip", "note", "quiet skip", "quiet note", "quiet: skip", "quiet: note":
			meant := "quiet:skip"
			if strings.HasSuffix(w, "note") {
				meant = "quiet:note"
			}
			return optionTypo(req, t, meant)
		}
		if req.Params == nil {
			continue
		}
		for _, f := range strings.Fields(strings.ToLower(t)) {
			key, _, _ := strings.Cut(strings.ReplaceAll(f, "=", ":"), ":")
			switch {
			case key == "weekdays" || nearWord(key, "weekdays"):
				return optionTypo(req, f, "weekdays")
			case strings.Contains(f, ":") && (key == "quiet" || nearWord(key, "quiet")):
				return optionTypo(req, f, "quiet")
			}
		}
	}
	return nil
}

func splitTopics(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.Join(strings.Fields(t), " "); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func (s *Service) digest(ctx context.Context, req Request) (Reply, error) {
	d, err := parseDigest(req)
	if err != nil {
		return Reply{}, err
	}
	switch d.action {
	case "subscribe", "add":
		return s.digestSubscribe(ctx, req, d)
	case "list", "ls":
		return s.digestList(ctx, req)
	case "unsubscribe", "remove", "rm":
		return s.digestUnsubscribe(ctx, req, d)
	case "resume":
		return s.digestResume(ctx, req, d)
	case "preview":
		return s.digestPreview(ctx, req, d)
	}
	what := "What should I do with digests?"
	if d.action != "" {
		what = fmt.Sprintf("I don't know `%sdigest %s`.", req.Prefix, d.action)
	}
	return Reply{}, newsbot.Errorf(newsbot.EINVALID, "%s Use `%sdigest subscribe`, `list`, `unsubscribe`, `resume` or `preview`, for example `%s%s`.",
		what, req.Prefix, req.Prefix, digestExample)
}

// digestPlace checks that a digest command came from a server and that the
// archive keeps digests.
func (s *Service) digestPlace(req Request, admin bool, action string) error {
	if req.GuildID == "" || req.ChannelID == "" {
		where := "in the channel that should receive it"
		if action == "list" {
			where = "in one of the server's channels"
		}
		return newsbot.Errorf(newsbot.EINVALID, "Digests are posted in a server's channels: use `%sdigest %s` %s. `%sdigest preview` works anywhere.",
			req.Prefix, action, where, req.Prefix)
	}
	if admin && !req.Admin {
		return newsbot.Errorf(newsbot.EFORBIDDEN, "`%sdigest %s` changes this server's settings, so it needs the Manage Server permission.", req.Prefix, action)
	}
	if s.Digests == nil {
		return newsbot.Errorf(newsbot.EINVALID, "Scheduled digests are not available here.")
	}
	return nil
}

var clockPattern = regexp.MustCompile(`^([01]?[0-9]|2[0-3])[:.h]([0-5][0-9])$`)

// ParseClock reads a time of day, "08:00" or "8:00" (24-hour clock).
func ParseClock(s string) (hour, minute int, ok bool) {
	m := clockPattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, false
	}
	hour, _ = strconv.Atoi(m[1])
	minute, _ = strconv.Atoi(m[2])
	return hour, minute, true
}

// ParseZone reads an IANA time zone name, forgiving its case
// ("europe/berlin"), and refuses abbreviations such as CET or EST, which
// name an offset rather than a place and may not follow daylight saving.
func ParseZone(s string) (string, error) {
	name := strings.TrimSpace(s)
	bad := func(why string) error {
		return newsbot.Errorf(newsbot.EINVALID, "%s Use an IANA time zone name such as Europe/Berlin, America/New_York, Asia/Tokyo or UTC "+
			"(the list: https://en.wikipedia.org/wiki/List_of_tz_database_time_zones).", why)
	}
	switch up := strings.ToUpper(name); {
	case name == "":
		return "", bad("The time zone is missing.")
	case up == "UTC" || up == "GMT" || up == "Z":
		return "UTC", nil
	case !strings.Contains(name, "/"):
		return "", bad(fmt.Sprintf("“%s” is not a place-based time zone, so it would not follow daylight saving.", name))
	}
	for _, try := range []string{name, zoneCase(name)} {
		if _, err := time.LoadLocation(try); err == nil {
			return try, nil
		}
	}
	return "", bad(fmt.Sprintf("I don't know the time zone “%s”.", name))
}

// zoneCase capitalises a zone name the way the database spells most:
// "america/new_york" → "America/New_York".
func zoneCase(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == '/' || c == '_' || c == '-'
	}
	return string(b)
}

func (s *Service) digestSubscribe(ctx context.Context, req Request, d digestRequest) (Reply, error) {
	if err := s.digestPlace(req, true, "subscribe"); err != nil {
		return Reply{}, err
	}
	usage := fmt.Sprintf("Usage: `%sdigest subscribe <HH:MM> <time zone> [topics, comma separated]`, for example `%s%s`.", req.Prefix, req.Prefix, digestExample)
	hour, minute, ok := ParseClock(d.clock)
	if !ok {
		why := "The time is missing."
		if d.clock != "" {
			why = fmt.Sprintf("“%s” is not a time of day: write it as HH:MM on the 24-hour clock, such as 08:00 or 18:30.", d.clock)
		}
		return Reply{}, newsbot.Errorf(newsbot.EINVALID, "%s %s", why, usage)
	}
	zone, err := ParseZone(d.zone)
	if err != nil {
		return Reply{}, newsbot.Errorf(newsbot.EINVALID, "%s %s", newsbot.ErrorMessage(err), usage)
	}
	quiet := newsbot.QuietNote
	switch d.quiet {
	case "", "note":
	case "skip":
		quiet = newsbot.QuietSkip
	default:
		return Reply{}, newsbot.Errorf(newsbot.EINVALID, "quiet is `note` (post a short note on a day without news) or `skip` (post nothing), not “%s”.", d.quiet)
	}
	d.topics = newsbot.UniqueTopics(d.topics)
	if err := topicOptionTypo(req, d.topics); err != nil {
		return Reply{}, err
	}
	if len(d.topics) > maxDigestTopics {
		return Reply{}, newsbot.Errorf(newsbot.EINVALID, "A digest follows at most %d topics; this asks for %d.", maxDigestTopics, len(d.topics))
	}
	for _, t := range d.topics {
		if len([]rune(t)) > maxDigestTopicRunes || newsbot.ParseTopic(t).Empty() {
			return Reply{}, newsbot.Errorf(newsbot.EINVALID, "“%s” is not a topic I can follow: use a few plain words, topics separated by commas.", Shorten(t, 40))
		}
	}
	sub := newsbot.Subscription{GuildID: req.GuildID, ChannelID: req.ChannelID, CreatedBy: req.UserID,
		Hour: hour, Minute: minute, Zone: zone, Topics: d.topics, WeekdaysOnly: d.weekdays, Quiet: quiet}
	now := s.Now()
	if sub.NextDue, err = sub.Next(now); err != nil {
		return Reply{}, err
	}
	existing, err := s.Digests.Subscriptions(ctx, req.GuildID)
	if err != nil {
		return Reply{}, err
	}
	for _, old := range existing {
		if old.SameDigest(sub) {
			return s.digestChangeOptions(ctx, req, old, sub)
		}
	}
	if err := s.Digests.AddSubscription(ctx, &sub); err != nil {
		return Reply{}, err
	}
	return Reply{Kind: Success, Title: fmt.Sprintf("Digest #%d set up", sub.ID), Lines: []string{
		fmt.Sprintf("%s at %s %s in this channel: %s.", digestDays(sub), sub.Clock(), sub.Zone, digestScope(sub.Topics)),
		fmt.Sprintf("The first is due %s (%s).", localTime(sub.NextDue, sub.Zone), fromNow(now, sub.NextDue)),
		quietText(sub.Quiet),
	}, Footer: fmt.Sprintf("%sdigest list shows this server's digests · %sdigest unsubscribe %d stops this one", req.Prefix, req.Prefix, sub.ID)}, nil
}

// digestChangeOptions answers a subscribe that names a digest the channel
// already gets (same time, zone and topics): its options become the ones
// given, which is how they are changed; the same options again change
// nothing.
func (s *Service) digestChangeOptions(ctx context.Context, req Request, old, want newsbot.Subscription) (Reply, error) {
	footer := fmt.Sprintf("%sdigest list shows this server's digests · %sdigest unsubscribe %d stops this one", req.Prefix, req.Prefix, old.ID)
	if old.WeekdaysOnly == want.WeekdaysOnly && old.Quiet == want.Quiet {
		return Reply{Kind: Warning, Lines: []string{
			fmt.Sprintf("This channel already gets that digest, #%d: %s at %s %s, %s. Nothing changed.",
				old.ID, digestDaysInline(old), old.Clock(), old.Zone, digestScope(old.Topics)),
			"To change its options, subscribe again with the same time, zone and topics and the new `weekdays` or `quiet`.",
		}, Footer: footer}, nil
	}
	next := old.NextDue
	if old.WeekdaysOnly != want.WeekdaysOnly {
		var err error
		if next, err = want.Next(s.Now()); err != nil {
			return Reply{}, err
		}
	}
	sub, err := s.Digests.SetSubscriptionOptions(ctx, req.GuildID, old.ID, want.WeekdaysOnly, want.Quiet, next)
	if err != nil {
		return Reply{}, err
	}
	due := fmt.Sprintf("The next is due %s (%s).", localTime(sub.NextDue, sub.Zone), fromNow(s.Now(), sub.NextDue))
	if sub.Paused {
		due = fmt.Sprintf("It is paused: %s; `%sdigest resume %d` restarts it.", pauseText(sub.PauseReason), req.Prefix, sub.ID)
	}
	return Reply{Kind: Success, Title: fmt.Sprintf("Digest #%d changed", sub.ID), Lines: []string{
		fmt.Sprintf("Now %s at %s %s in this channel: %s.", digestDaysInline(sub), sub.Clock(), sub.Zone, digestScope(sub.Topics)),
		due,
		quietText(sub.Quiet),
	}, Footer: footer}, nil
}

// quietText says what a day without news gets.
func quietText(quiet string) string {
	if quiet == newsbot.QuietSkip {
		return "On a day without news it posts nothing."
	}
	return "On a day without news it posts a short note."
}

func digestDays(s newsbot.Subscription) string {
	if s.WeekdaysOnly {
		return "Monday to Friday"
	}
	return "Every day"
}

// digestDaysInline is digestDays inside a sentence.
func digestDaysInline(s newsbot.Subscription) string {
	if s.WeekdaysOnly {
		return "Monday to Friday"
	}
	return "every day"
}

func digestScope(topics []string) string {
	if len(topics) == 0 {
		return "the top stories"
	}
	return "the top stories on " + strings.Join(topics, ", ")
}

// localTime renders an instant in a zone for readers: "Tue 6 Jan 08:00 CET".
func localTime(t time.Time, zone string) string {
	loc, err := time.LoadLocation(zone)
	if err != nil {
		loc = time.UTC
	}
	return t.In(loc).Format("Mon 2 Jan 15:04 MST")
}

// fromNow says how far away t is: "in 14 h 5 min".
func fromNow(now, t time.Time) string {
	d := t.Sub(now)
	if d <= 0 {
		return "now"
	}
	return "in " + roughDuration(d)
}

// roughDuration renders a duration to the minute: "1 d 3 h", "14 h 5 min", "3 min".
func roughDuration(d time.Duration) string {
	d = d.Round(time.Minute)
	days, h, m := int(d/(24*time.Hour)), int(d%(24*time.Hour)/time.Hour), int(d%time.Hour/time.Minute)
	switch {
	case days > 0:
		return fmt.Sprintf("%d d %d h", days, h)
	case h > 0 && m > 0:
		return fmt.Sprintf("%d h %d min", h, m)
	case h > 0:
		return fmt.Sprintf("%d h", h)
	}
	return fmt.Sprintf("%d min", max(m, 1))
}

// pauseText says why a digest is paused.
func pauseText(reason string) string {
	switch reason {
	case newsbot.PauseChannelGone:
		return "its channel no longer exists"
	case newsbot.PauseNoAccess:
		return "I may not post in its channel (I need View Channel, Send Messages and Embed Links there)"
	}
	return "it could not be posted"
}

func (s *Service) digestList(ctx context.Context, req Request) (Reply, error) {
	if err := s.digestPlace(req, false, "list"); err != nil {
		return Reply{}, err
	}
	subs, err := s.Digests.Subscriptions(ctx, req.GuildID)
	if err != nil {
		return Reply{}, err
	}
	if len(subs) == 0 {
		return Reply{Kind: Info, Lines: []string{fmt.Sprintf(
			"This server has no digests yet. `%s%s`, in the channel that should receive it, sets one up.", req.Prefix, digestExample)}}, nil
	}
	r := Reply{Kind: Info, Title: "Digests in this server"}
	sec := Section{Name: fmt.Sprintf("%d scheduled", len(subs))}
	for _, sub := range subs {
		what := fmt.Sprintf("#%d · %s %s", sub.ID, sub.Clock(), sub.Zone)
		if sub.WeekdaysOnly {
			what += ", weekdays"
		}
		what += " · " + digestScope(sub.Topics)
		note := "in <#" + sub.ChannelID + "> · "
		if sub.Paused {
			note += fmt.Sprintf("paused: %s; `%sdigest resume %d` restarts it", pauseText(sub.PauseReason), req.Prefix, sub.ID)
		} else {
			note += "next " + localTime(sub.NextDue, sub.Zone)
		}
		sec.Items = append(sec.Items, Item{Text: what, Note: note})
	}
	r.Sections = []Section{sec}
	r.Footer = fmt.Sprintf("%sdigest unsubscribe <number> stops one", req.Prefix)
	return r, nil
}

// digestID reads "3" or "#3". A command takes one number: "unsubscribe
// 3 4" is refused rather than read as 3, so nothing is done that was not
// meant.
func digestID(req Request, d digestRequest, action string) (newsbot.SubscriptionID, error) {
	if f := strings.Fields(d.id); len(f) > 1 {
		return 0, newsbot.Errorf(newsbot.EINVALID, "`%sdigest %s` takes one number, such as `%sdigest %s %s`; for several, send one command for each.",
			req.Prefix, action, req.Prefix, action, strings.TrimPrefix(f[0], "#"))
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(d.id, "#"), 10, 64)
	if err != nil || n <= 0 {
		return 0, newsbot.Errorf(newsbot.EINVALID, "Usage: `%sdigest %s <number>`, for example `%sdigest %s 3`; `%sdigest list` shows the numbers.",
			req.Prefix, action, req.Prefix, action, req.Prefix)
	}
	return newsbot.SubscriptionID(n), nil
}

func (s *Service) digestUnsubscribe(ctx context.Context, req Request, d digestRequest) (Reply, error) {
	if err := s.digestPlace(req, true, "unsubscribe"); err != nil {
		return Reply{}, err
	}
	id, err := digestID(req, d, "unsubscribe")
	if err != nil {
		return Reply{}, err
	}
	if err := s.Digests.RemoveSubscription(ctx, req.GuildID, id); err != nil {
		if newsbot.ErrorCode(err) == newsbot.ENOTFOUND {
			return Reply{}, newsbot.Errorf(newsbot.ENOTFOUND, "This server has no digest #%d; `%sdigest list` shows its digests.", id, req.Prefix)
		}
		return Reply{}, err
	}
	return Reply{Kind: Success, Lines: []string{fmt.Sprintf("Digest #%d is stopped and removed.", id)}}, nil
}

func (s *Service) digestResume(ctx context.Context, req Request, d digestRequest) (Reply, error) {
	if err := s.digestPlace(req, true, "resume"); err != nil {
		return Reply{}, err
	}
	id, err := digestID(req, d, "resume")
	if err != nil {
		return Reply{}, err
	}
	subs, err := s.Digests.Subscriptions(ctx, req.GuildID)
	if err != nil {
		return Reply{}, err
	}
	var sub *newsbot.Subscription
	for i := range subs {
		if subs[i].ID == id {
			sub = &subs[i]
		}
	}
	switch {
	case sub == nil:
		return Reply{}, newsbot.Errorf(newsbot.ENOTFOUND, "This server has no digest #%d; `%sdigest list` shows its digests.", id, req.Prefix)
	case !sub.Paused:
		return Reply{Kind: Warning, Lines: []string{fmt.Sprintf("Digest #%d is not paused; it is next due %s.", id, localTime(sub.NextDue, sub.Zone))}}, nil
	}
	next, err := sub.Next(s.Now())
	if err != nil {
		return Reply{}, err
	}
	resumed, err := s.Digests.ResumeSubscription(ctx, req.GuildID, id, next)
	if err != nil {
		return Reply{}, err
	}
	return Reply{Kind: Success, Lines: []string{fmt.Sprintf("Digest #%d is resumed; it is next due %s in <#%s>.",
		id, localTime(resumed.NextDue, resumed.Zone), resumed.ChannelID)}}, nil
}

func (s *Service) digestPreview(ctx context.Context, req Request, d digestRequest) (Reply, error) {
	if len(d.topics) > maxDigestTopics {
		return Reply{}, newsbot.Errorf(newsbot.EINVALID, "A digest follows at most %d topics; this asks for %d.", maxDigestTopics, len(d.topics))
	}
	dg, err := s.Briefer.Digest(ctx, d.topics, time.Time{}, s.Now(), briefings.DigestOptions{})
	if err != nil {
		return Reply{}, err
	}
	r := DigestReply(dg, DigestPost{})
	r.Ephemeral = true
	return r, nil
}

// DigestPost is what a digest says about itself besides its stories.
type DigestPost struct {
	Subscription newsbot.Subscription // zero for a preview
	Due          time.Time
	Late         time.Duration // > 0: posted this late, which it says
}

// maxDigestSentence bounds a story's sentence so that ten stories fit
// Discord's limits in a couple of messages.
const maxDigestSentence = 350

// maxStorySources is how many of a story's articles are linked.
const maxStorySources = 4

// DigestReply renders a digest: a title with its date, a line on what it
// covers (or a short note on a quiet day), one section per story (its
// headline, one or two cited sentences, its outlets linked), the quote of
// the day, and a footer naming the subscription.
func DigestReply(d newsbot.Digest, p DigestPost) Reply {
	sub := p.Subscription
	zone := sub.Zone
	if zone == "" {
		zone = "UTC"
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		loc = time.UTC
	}
	day := p.Due
	if day.IsZero() {
		day = d.Generated
	}
	r := Reply{Kind: Info}
	switch {
	case sub.ID == 0:
		r.Title = "Digest preview"
	case len(sub.Topics) > 0:
		r.Title = fmt.Sprintf("Digest #%d: %s", sub.ID, strings.Join(sub.Topics, ", "))
	default:
		r.Title = fmt.Sprintf("Digest #%d", sub.ID)
	}
	r.Title += " · " + day.In(loc).Format("Monday 2 January")
	if p.Late > 0 {
		r.Lines = append(r.Lines, fmt.Sprintf("Posted %s late: I was offline at %s.", roughDuration(p.Late), p.Due.In(loc).Format("15:04")))
	}
	topics := ""
	if len(d.Topics) > 0 {
		topics = " on " + strings.Join(d.Topics, ", ")
	}
	since := "since " + d.Since.In(loc).Format("Mon 15:04 MST")
	if d.Since.IsZero() {
		since = "of the last day"
	}
	// A story with no sentence to show (every sentence of its articles
	// was unfit to quote) would be a headline and a citation alone: it is
	// left out, and the citations are numbered again over what is shown,
	// so they run [1], [2], [3] without gaps.
	var stories []newsbot.Story
	for _, st := range d.Stories {
		if !st.Empty() {
			stories = append(stories, st)
		}
	}
	renumber := map[int]int{}
	var sources []newsbot.Source
	cite := func(n int) int {
		if m, ok := renumber[n]; ok {
			return m
		}
		if n < 1 || n > len(d.Sources) {
			return 0
		}
		sources = append(sources, d.Sources[n-1])
		renumber[n] = len(sources)
		return len(sources)
	}
	cites := func(nums []int) []int {
		var out []int
		for _, n := range nums {
			if m := cite(n); m > 0 {
				out = append(out, m)
			}
		}
		return out
	}
	switch {
	case len(stories) == 0 && sub.ID == 0:
		// A preview belongs to no schedule: "the next digest" would
		// promise one the reader never set up.
		r.Lines = append(r.Lines, fmt.Sprintf("Nothing new%s %s.", topics, since))
	case len(stories) == 0:
		r.Lines = append(r.Lines, fmt.Sprintf("Nothing new%s %s. The next digest covers whatever arrives by then.", topics, since))
	default:
		outlets := map[string]bool{}
		for _, st := range stories {
			for _, n := range st.Sources {
				if n >= 1 && n <= len(d.Sources) && d.Sources[n-1].Outlet != "" {
					outlets[d.Sources[n-1].Outlet] = true
				}
			}
		}
		top := "The top " + count(len(stories), "story", "stories")
		if len(stories) == 1 {
			top = "The one story"
		}
		from := "from " + count(d.Articles, "article", "articles")
		if len(outlets) > 0 {
			from += " by " + count(len(outlets), "outlet", "outlets")
		}
		r.Lines = append(r.Lines, fmt.Sprintf("%s%s %s, %s.", top, topics, since, from))
	}
	for i, st := range stories {
		sec := Section{Name: fmt.Sprintf("%d. %s", i+1, st.Headline)}
		for _, s := range st.Sentences {
			if strings.TrimSpace(s.Text) == "" {
				continue
			}
			sec.Items = append(sec.Items, Item{Text: Shorten(s.Text, maxDigestSentence) + " " + citations(cites(s.Citations))})
		}
		for k, n := range st.Sources {
			if k == maxStorySources {
				sec.Items = append(sec.Items, Item{Text: fmt.Sprintf("and %s", count(len(st.Sources)-k, "more article", "more articles"))})
				break
			}
			m := cite(n)
			if m == 0 {
				continue
			}
			src := sources[m-1]
			outlet := src.Outlet
			if outlet == "" {
				outlet = "unknown outlet"
			}
			sec.Items = append(sec.Items, Item{Text: fmt.Sprintf("[%d] %s", m, outlet), Link: src.URL})
		}
		r.Sections = append(r.Sections, sec)
	}
	if q := d.QuoteOfDay; q != nil {
		link, m := "", cite(q.Citation)
		if m > 0 {
			link = sources[m-1].URL
		}
		note := SpeakerNote(q.Quote)
		if m > 0 {
			note += " " + citations([]int{m})
		}
		r.Sections = append(r.Sections, Section{Name: "Quote of the day", Items: []Item{{
			Text: QuoteText(q.Quote, 300), Link: link, Note: note}}})
	}
	switch {
	case sub.ID == 0:
		r.Footer = "Preview, not posted · every sentence verbatim from its outlet"
	default:
		days := "daily"
		if sub.WeekdaysOnly {
			days = "weekdays"
		}
		r.Footer = fmt.Sprintf("Digest #%d · %s at %s %s · every sentence verbatim from its outlet", sub.ID, days, sub.Clock(), sub.Zone)
	}
	return r
}

// DigestPausedReply is the notice a guild gets, once, when one of its
// digests is paused; prefix is how commands start there.
func DigestPausedReply(sub newsbot.Subscription, prefix string) Reply {
	return Reply{Kind: Warning, Title: fmt.Sprintf("Digest #%d is paused", sub.ID), Lines: []string{
		fmt.Sprintf("The digest due at %s %s in <#%s> is paused: %s.", sub.Clock(), sub.Zone, sub.ChannelID, pauseText(sub.PauseReason)),
		fmt.Sprintf("Once that is fixed, `%sdigest resume %d` restarts it; `%sdigest unsubscribe %d` removes it.", prefix, sub.ID, prefix, sub.ID),
	}}
}
