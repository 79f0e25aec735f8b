package commands

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/newsbot-dev/newsbot"
)

// Feeds is what the feed and read commands need; ingest.Subscriptions
// implements it. Feeds belong to the guild that added them: every call is
// scoped by guild ID, so a guild never sees or touches another's.
type Feeds interface {
	// Add follows f.URL in f.GuildID, fetching it once.
	Add(ctx context.Context, f newsbot.Feed) (newsbot.Feed, newsbot.FeedReport, error)
	List(ctx context.Context, guildID string) ([]newsbot.Feed, error)
	// Remove, Pause: ref is a feed's name or URL; the feed is returned as
	// it was before.
	Remove(ctx context.Context, guildID, ref string) (newsbot.Feed, error)
	Pause(ctx context.Context, guildID, ref string, paused bool) (newsbot.Feed, error)
	// Read stores one article page now.
	Read(ctx context.Context, url string) (*newsbot.Article, newsbot.UpsertResult, error)
}

// registerFeeds adds the feed and read commands when the service has feeds.
// Listing a server's feeds changes nothing, so, as with digests, the feed
// command is open to members and its changing actions check Manage Server
// themselves; read only changes the archive and stays an admin command.
func registerFeeds(r *Router, s *Service) {
	if s.Feeds == nil {
		return
	}
	r.Add(Command{
		Name:    "feed",
		Summary: "Follow news feeds (RSS, Atom, JSON Feed) into the archive: add, list, pause, resume, remove.",
		Description: "`feed add <url> [name]` fetches the feed at once and says how many articles it found; it is then checked " +
			"every 15 minutes (unless the bot's operator set another interval). A site's home page will do if it announces its feed. " +
			"`feed list` shows this server's feeds with " +
			"their last success, last error and next check; `feed pause`, `feed resume` and `feed remove` take a feed's name or " +
			"address. Feeds belong to this server; the articles they bring join the archive every server's briefings draw on. " +
			"Anyone may list the feeds; adding, pausing, resuming and removing need the Manage Server permission.",
		Examples: []string{"feed add https://example.org/rss.xml World news", "feed list", "feed pause World news",
			"feed resume World news", "feed remove World news"},
		Options: []Option{
			{Name: "action", Description: "add, list, pause, resume or remove", Required: true},
			{Name: "feed", Description: "The feed's address (add), or its name or address"},
			{Name: "name", Description: "A name for the new feed (add); default: the feed's title"},
		},
		Handler: s.feed,
	})
	r.Add(Command{
		Name:        "read",
		Summary:     "Add one article page to the archive now.",
		Description: "Fetches the page, extracts the article text and stores it, so briefings can cite it.",
		Examples:    []string{"read https://example.org/news/2026/04/harbour-reopens"},
		Options:     []Option{{Name: "url", Description: "The article's address", Required: true, Rest: true}},
		Admin:       true,
		Handler:     s.read,
	})
}

// feedArgs reads a feed command: a slash command's named options, or
// "add <url> [name]" / "remove <name or url>" typed after the prefix.
func feedArgs(req Request) (action, ref, name string) {
	if a, ok := req.Params["action"]; ok {
		return strings.ToLower(strings.TrimSpace(a)), strings.TrimSpace(req.Params["feed"]), strings.TrimSpace(req.Params["name"])
	}
	action, rest, _ := strings.Cut(strings.TrimSpace(req.Args), " ")
	action, rest = strings.ToLower(action), strings.TrimSpace(rest)
	if action == "add" {
		ref, name, _ = strings.Cut(rest, " ")
		return action, unwrapLink(ref), strings.TrimSpace(name)
	}
	return action, unwrapLink(rest), ""
}

// unwrapLink takes off the <> that chat users put around links to keep
// Discord from previewing them.
func unwrapLink(s string) string {
	if strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") {
		return s[1 : len(s)-1]
	}
	return s
}

// feedActions maps what may follow "feed" to the action it names.
var feedActions = map[string]string{"add": "add", "follow": "add", "subscribe": "add", "list": "list", "ls": "list", "": "list",
	"remove": "remove", "delete": "remove", "rm": "remove", "unfollow": "remove", "pause": "pause", "resume": "resume"}

func (s *Service) feed(ctx context.Context, req Request) (Reply, error) {
	action, ref, name := feedArgs(req)
	canonical, known := feedActions[action]
	if !known {
		return Reply{}, newsbot.Errorf(newsbot.EINVALID,
			"`%sfeed` takes add, list, pause, resume or remove, for example `%sfeed add https://example.org/rss.xml`.", req.Prefix, req.Prefix)
	}
	if req.GuildID == "" {
		msg := fmt.Sprintf("Feeds belong to a server: use `%sfeed %s` in one of its channels.", req.Prefix, canonical)
		if req.Admin {
			// The console: whoever runs it runs the bot, and has a shell.
			msg += " On the command line, `newsbot feeds` lists every server's feeds and `newsbot feeds add <url>` follows one."
		}
		return Reply{}, newsbot.Errorf(newsbot.EINVALID, "%s", msg)
	}
	if canonical != "list" && !req.Admin {
		return Reply{}, newsbot.Errorf(newsbot.EFORBIDDEN, "`%sfeed %s` changes this server's settings, so it needs the Manage Server permission. "+
			"`%sfeed list` shows the feeds.", req.Prefix, canonical, req.Prefix)
	}
	needRef := func(example string) error {
		if ref == "" {
			return usageError(req, "feed "+action+" <name or address>", "feed "+action+" "+example)
		}
		return nil
	}
	switch action {
	case "add", "follow", "subscribe":
		if ref == "" {
			return Reply{}, usageError(req, "feed add <url> [name]", "feed add https://example.org/rss.xml World news")
		}
		return s.feedAdd(ctx, req, ref, name)
	case "list", "ls", "":
		return s.feedList(ctx, req)
	case "remove", "delete", "rm", "unfollow":
		if err := needRef("World news"); err != nil {
			return Reply{}, err
		}
		f, err := s.Feeds.Remove(ctx, req.GuildID, ref)
		if err != nil {
			return Reply{}, err
		}
		return Reply{Kind: Success, Lines: []string{fmt.Sprintf(
			"I no longer follow “%s”. The %s it brought stay in the archive.", f.Name, count(f.Articles, "article", "articles"))}}, nil
	case "pause", "resume":
		if err := needRef("World news"); err != nil {
			return Reply{}, err
		}
		pause := action == "pause"
		before, err := s.Feeds.Pause(ctx, req.GuildID, ref, pause)
		if err != nil {
			return Reply{}, err
		}
		switch {
		case pause && before.Paused:
			return Reply{Kind: Warning, Lines: []string{fmt.Sprintf("“%s” is already paused.", before.Name)}}, nil
		case !pause && !before.Paused:
			return Reply{Kind: Warning, Lines: []string{fmt.Sprintf("“%s” is not paused.", before.Name)}}, nil
		case pause:
			return Reply{Kind: Success, Lines: []string{fmt.Sprintf("Paused “%s”. `%sfeed resume %s` starts it again.", before.Name, req.Prefix, before.Name)}}, nil
		}
		return Reply{Kind: Success, Lines: []string{fmt.Sprintf("Resumed “%s”; I will check it within a minute.", before.Name)}}, nil
	}
	return Reply{}, newsbot.Errorf(newsbot.EINVALID,
		"`%sfeed` takes add, list, pause, resume or remove, for example `%sfeed add https://example.org/rss.xml`.", req.Prefix, req.Prefix)
}

func (s *Service) feedAdd(ctx context.Context, req Request, url, name string) (Reply, error) {
	f, rep, err := s.Feeds.Add(ctx, newsbot.Feed{GuildID: req.GuildID, ChannelID: req.ChannelID, AddedBy: req.UserID,
		URL: url, Name: name})
	if err != nil {
		return Reply{}, err
	}
	r := Reply{Kind: Success, Title: "Following “" + f.Name + "”", URL: f.URL}
	found := fmt.Sprintf("Found %s", count(rep.Found, "article", "articles"))
	if f.Title != "" && f.Title != f.Name {
		found += " in “" + f.Title + "”"
	}
	var parts []string
	for _, p := range []struct {
		n    int
		what string
	}{{rep.Added, "added to the archive"}, {rep.Updated, "updated"}, {rep.Unchanged, "already stored"}, {rep.Skipped, "skipped (no article text)"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	if len(parts) > 0 {
		found += ": " + strings.Join(parts, ", ")
	}
	r.Lines = append(r.Lines, found+".")
	if rep.Pending > 0 {
		r.Lines = append(r.Lines, fmt.Sprintf("%s more will follow within a few minutes.", count(rep.Pending, "article", "articles")))
	}
	r.Lines = append(r.Lines, fmt.Sprintf("Next check %s. `%sfeed list` shows this server's feeds.", until(s.Now(), f.NextCheck), req.Prefix))
	return r, nil
}

func (s *Service) feedList(ctx context.Context, req Request) (Reply, error) {
	feeds, err := s.Feeds.List(ctx, req.GuildID)
	if err != nil {
		return Reply{}, err
	}
	if len(feeds) == 0 {
		return Reply{Kind: Info, Lines: []string{fmt.Sprintf(
			"This server follows no feeds yet. `%sfeed add <url>` adds one.", req.Prefix)}}, nil
	}
	now := s.Now()
	r := Reply{Kind: Info, Title: "Feeds of this server"}
	sec := Section{Name: count(len(feeds), "feed", "feeds")}
	for _, f := range feeds {
		notes := []string{count(f.Articles, "article", "articles")}
		if f.LastSuccess.IsZero() {
			notes = append(notes, "never read")
		} else {
			notes = append(notes, "last read "+ago(now, f.LastSuccess))
		}
		if f.LastError != "" {
			notes = append(notes, "last error: "+Shorten(f.LastError, 120))
		}
		switch {
		case f.Paused && f.PauseReason == newsbot.PauseByFailures:
			notes = append(notes, fmt.Sprintf("paused after %d failed checks", f.Failures))
		case f.Paused:
			notes = append(notes, "paused")
		default:
			notes = append(notes, "next check "+until(now, f.NextCheck))
		}
		sec.Items = append(sec.Items, Item{Text: f.Name, Link: f.URL, Note: strings.Join(notes, " · ")})
	}
	r.Sections = []Section{sec}
	return r, nil
}

func (s *Service) read(ctx context.Context, req Request) (Reply, error) {
	url := unwrapLink(topicArg(req, "url"))
	if url == "" || strings.ContainsAny(url, " \t\n") {
		return Reply{}, usageError(req, "read <url>", "read https://example.org/news/harbour-reopens")
	}
	a, res, err := s.Feeds.Read(ctx, url)
	if err != nil {
		return Reply{}, err
	}
	r := Reply{Kind: Success, Title: a.Title}
	if a.HasURL() {
		r.URL = a.URL
	}
	what := "Added to the archive"
	switch res {
	case newsbot.Updated:
		what = "Updated in the archive"
	case newsbot.Unchanged:
		what = "Already in the archive, unchanged"
	}
	r.Lines = []string{fmt.Sprintf("%s: %s, %s.", what, sourceNote(a.Outlet, a.Published),
		count(len(a.Sentences), "sentence", "sentences")+", "+count(len(a.Quotes), "quote", "quotes"))}
	return r, nil
}

func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// ago and until render a time relative to now, coarsely.
func ago(now, t time.Time) string {
	if d := now.Sub(t); d >= time.Minute {
		return span(d) + " ago"
	}
	return "just now"
}

func until(now, t time.Time) string {
	if d := t.Sub(now); d >= time.Minute {
		return "in " + span(d)
	}
	return "within a minute"
}

func span(d time.Duration) string {
	switch {
	case d < time.Hour:
		return count(int(d/time.Minute), "minute", "minutes")
	case d < 48*time.Hour:
		return count(int(d/time.Hour), "hour", "hours")
	}
	return count(int(d/(24*time.Hour)), "day", "days")
}
