package bot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strconv"

	"github.com/bwmarrin/discordgo"

	"github.com/newsbot-dev/newsbot"
)

// historyDepth is how many of a channel's latest messages a retried
// delivery reads to find the parts an earlier attempt posted.
const historyDepth = 100

// maxNonce is Discord's limit on a message nonce.
const maxNonce = 25

// Deliver posts msgs to a channel on the bot's own initiative (a scheduled
// digest), as one delivery identified by key, at most once:
//
//   - every message carries a nonce derived from key, with enforce_nonce:
//     Discord answers a nonce it saw from the bot in the past few minutes
//     with the message already created, and creates none;
//   - with retry set (an earlier attempt may have posted some of them,
//     perhaps longer ago than Discord remembers nonces), the channel's
//     latest messages are read first, and any message of the bot's with
//     the same embeds is not posted again. The caller must render exactly
//     what the earlier attempt rendered.
//
// It returns the IDs of the delivered messages. Errors are classified:
// ENOTFOUND when the channel is gone, EFORBIDDEN when the bot may not post
// there, EUNAVAILABLE when Discord failed in a way that may pass.
func (b *Bot) Deliver(ctx context.Context, channelID string, msgs []Message, key string, retry bool) ([]string, error) {
	ids := make([]string, len(msgs))
	if retry {
		found, err := b.alreadyPosted(ctx, channelID, msgs)
		if err != nil {
			var nerr *newsbot.Error
			if errors.As(err, &nerr) && nerr.Code == newsbot.ENOTFOUND || ctx.Err() != nil {
				return nil, err
			}
			// Without Read Message History the nonces still guard the
			// last few minutes.
			b.log.Warn("read a channel's recent messages to resume a delivery; relying on nonces", "channel_id", channelID, "key", key, "err", err)
		}
		copy(ids, found)
	}
	for i, msg := range msgs {
		if ids[i] != "" {
			b.log.Info("message already in the channel; not posting it again", "channel_id", channelID, "key", key, "part", i+1, "message_id", ids[i])
			continue
		}
		body := scheduledMessage{
			Content:         fit(msg.Content, MaxContent),
			Embeds:          msg.Embeds,
			AllowedMentions: noMentions(),
			Nonce:           nonce(key, i),
			EnforceNonce:    true,
		}
		endpoint := discordgo.EndpointChannelMessages(channelID)
		data, err := b.session.RequestWithBucketID("POST", endpoint, body, endpoint, discordgo.WithContext(ctx))
		if err != nil {
			return ids[:i], classifyPost(err)
		}
		var m discordgo.Message
		if err := json.Unmarshal(data, &m); err != nil {
			return ids[:i], &newsbot.Error{Code: newsbot.EUNAVAILABLE, Op: "deliver", Err: err}
		}
		ids[i] = m.ID
	}
	return ids, nil
}

// scheduledMessage is a Create Message body with the nonce fields that
// discordgo's MessageSend lacks.
type scheduledMessage struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
}

// nonce is the nonce of part i of a delivery: the key and the part number,
// or a hash of them when that would be longer than Discord takes.
func nonce(key string, i int) string {
	n := key + "-" + strconv.Itoa(i)
	if len(n) <= maxNonce {
		return n
	}
	sum := sha256.Sum256([]byte(n))
	return hex.EncodeToString(sum[:])[:maxNonce]
}

// alreadyPosted returns, for each message, the ID of a message of the
// bot's among the channel's latest with the same content and embeds, or "".
func (b *Bot) alreadyPosted(ctx context.Context, channelID string, msgs []Message) ([]string, error) {
	self, err := b.botUserID(ctx)
	if err != nil {
		return nil, err
	}
	recent, err := b.session.ChannelMessages(channelID, historyDepth, "", "", "", discordgo.WithContext(ctx))
	if err != nil {
		return nil, classifyPost(err)
	}
	found := make([]string, len(msgs))
	used := map[string]bool{}
	for i, msg := range msgs {
		want := signature(fit(msg.Content, MaxContent), msg.Embeds)
		// Oldest first, so that two equal parts map to two messages in order.
		for _, m := range slices.Backward(recent) {
			if m.Author == nil || m.Author.ID != self || used[m.ID] {
				continue
			}
			if signature(m.Content, m.Embeds) == want {
				found[i], used[m.ID] = m.ID, true
				break
			}
		}
	}
	return found, nil
}

// signature is what makes two messages the same post: content, and each
// embed's title, description, fields and footer.
func signature(content string, embeds []*discordgo.MessageEmbed) string {
	type field struct{ Name, Value string }
	type embed struct {
		Title, URL, Description, Footer string
		Fields                          []field
	}
	out := struct {
		Content string
		Embeds  []embed
	}{Content: content}
	for _, e := range embeds {
		if e == nil {
			continue
		}
		x := embed{Title: e.Title, URL: e.URL, Description: e.Description}
		if e.Footer != nil {
			x.Footer = e.Footer.Text
		}
		for _, f := range e.Fields {
			if f != nil {
				x.Fields = append(x.Fields, field{f.Name, f.Value})
			}
		}
		out.Embeds = append(out.Embeds, x)
	}
	data, _ := json.Marshal(out)
	return string(data)
}

// botUserID is the bot's own user ID: from the gateway's READY, else
// asked of the REST API (a delivery may come before the gateway is up).
func (b *Bot) botUserID(ctx context.Context) (string, error) {
	if id := b.selfID(); id != "" {
		return id, nil
	}
	u, err := b.session.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return "", classifyPost(err)
	}
	return u.ID, nil
}

// Notify posts a notice to a guild where its members will see it: in the
// guild's system channel, else in its first text channel the bot may post
// in, never in avoidChannelID (the channel the notice is about); failing
// all, as a direct message to userID. ENOTFOUND means nowhere would take it.
func (b *Bot) Notify(ctx context.Context, guildID, avoidChannelID, userID string, msgs []Message) error {
	var tried []error
	for _, ch := range b.noticeChannels(ctx, guildID, avoidChannelID) {
		err := b.postAll(ctx, ch, msgs)
		if err == nil {
			return nil
		}
		if code := newsbot.ErrorCode(err); code != newsbot.ENOTFOUND && code != newsbot.EFORBIDDEN {
			return err
		}
		tried = append(tried, fmt.Errorf("channel %s: %w", ch, err))
	}
	if userID != "" {
		dm, err := b.session.UserChannelCreate(userID, discordgo.WithContext(ctx))
		if err == nil {
			err = b.postAll(ctx, dm.ID, msgs)
		}
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return err
		}
		tried = append(tried, fmt.Errorf("DM to %s: %w", userID, classifyPost(err)))
	}
	return &newsbot.Error{Code: newsbot.ENOTFOUND, Op: "notify guild " + guildID, Err: errors.Join(tried...),
		Message: "No channel of the server, nor its member, would take the notice."}
}

// noticeChannels lists where a guild notice may go, best first: the system
// channel, then text channels by position, at most three.
func (b *Bot) noticeChannels(ctx context.Context, guildID, avoid string) []string {
	var system string
	var chans []*discordgo.Channel
	if b.stateGuild(guildID, func(g *discordgo.Guild) {
		system = g.SystemChannelID
		chans = slices.Clone(g.Channels)
	}) {
		// From the gateway.
	} else if g, err := b.session.Guild(guildID, discordgo.WithContext(ctx)); err == nil {
		system = g.SystemChannelID
		chans, _ = b.session.GuildChannels(guildID, discordgo.WithContext(ctx))
	}
	slices.SortStableFunc(chans, func(a, b *discordgo.Channel) int { return a.Position - b.Position })
	var out []string
	add := func(id string) {
		if id != "" && id != avoid && !slices.Contains(out, id) && len(out) < 3 {
			out = append(out, id)
		}
	}
	add(system)
	for _, c := range chans {
		if c.Type == discordgo.ChannelTypeGuildText || c.Type == discordgo.ChannelTypeGuildNews {
			add(c.ID)
		}
	}
	return out
}

// postAll posts messages in order, without a reference or nonce.
func (b *Bot) postAll(ctx context.Context, channelID string, msgs []Message) error {
	for _, msg := range msgs {
		send := &discordgo.MessageSend{Content: fit(msg.Content, MaxContent), Embeds: msg.Embeds, AllowedMentions: noMentions()}
		if _, err := b.session.ChannelMessageSendComplex(channelID, send, discordgo.WithContext(ctx)); err != nil {
			return classifyPost(err)
		}
	}
	return nil
}

// classifyPost classifies a failed request about a channel: gone, closed
// to the bot, or a failure that may pass.
func classifyPost(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response == nil {
		return &newsbot.Error{Code: newsbot.EUNAVAILABLE, Op: "discord", Err: err}
	}
	code := 0
	if rest.Message != nil {
		code = rest.Message.Code
	}
	switch status := rest.Response.StatusCode; {
	case code == discordgo.ErrCodeUnknownChannel:
		return &newsbot.Error{Code: newsbot.ENOTFOUND, Op: "discord", Err: err, Message: "The channel no longer exists."}
	case code == discordgo.ErrCodeMissingAccess || code == discordgo.ErrCodeMissingPermissions || status == http.StatusForbidden:
		return &newsbot.Error{Code: newsbot.EFORBIDDEN, Op: "discord", Err: err,
			Message: "I am not allowed to post in that channel (I need View Channel, Send Messages and Embed Links)."}
	case status == http.StatusUnauthorized || status == http.StatusBadRequest:
		return &newsbot.Error{Code: newsbot.EINTERNAL, Op: "discord", Err: err}
	}
	return &newsbot.Error{Code: newsbot.EUNAVAILABLE, Op: "discord", Err: err}
}
