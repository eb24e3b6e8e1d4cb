-- The search's folding written again, faster, giving the same text as
-- step 12's. Step 12 looks each character beyond ASCII of a text up in a
-- table of JSON and matches it against the characters that part words:
-- most of a server's time in copying a book went there (a tenth of a
-- millisecond a contact), and a connection's first write paid for reading
-- the table. Most text is ASCII, or ASCII with a few Latin letters,
-- dashes and quotes: such text is now folded by translate() and lower()
-- alone, from the lists below, which step 12's folding wrote (the tests
-- compare the two over every character); any other text goes the old
-- way, kept as tend_fold_wide and tend_word_text_wide. The results are the
-- same, so the search columns a book has stored stay as they are.
DO $$
DECLARE f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['tend_fold', 'tend_word_text'] LOOP
        EXECUTE regexp_replace(pg_get_functiondef(to_regprocedure(f || '(text)')), '\.' || f || '\(', '.' || f || '_wide(');
    END LOOP;
END
$$;

-- s with each of its characters beyond ASCII replaced by the character at
-- its place in folded, if known holds them all; NULL if it does not. Only
-- the few characters of s beyond ASCII are looked up in the long lists,
-- which begin with the most common ones: a lookup stops at the first match.
CREATE FUNCTION tend_fold_known(s text, known text, folded text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE wide text := regexp_replace(s, '[\x01-\x7f]+', '', 'g');
BEGIN
    IF wide = '' THEN
        RETURN s;
    ELSIF translate(wide, known, '') <> '' THEN
        RETURN NULL;
    END IF;
    RETURN translate(s, wide, translate(wide, known, folded));
END
$$;

-- The customers' search text as the trigram tokenizer folds it.
CREATE OR REPLACE FUNCTION tend_fold(s text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE known text := tend_fold_known(s,
    '–äüößÄÖÜéèêàâçëïîôûùœæñáíóúÉÈÀÇ„“”‘’‚«»…—•€°§¡¢£¤¥¦¨©ª¬®¯±²³´µ¶·¸¹º¼½¾¿ÁÂÃÅÆÊËÌÍÎÏÐÑÒÓÔÕ×ØÙÚÛÝÞãåìðòõ÷øýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟƠơƢƣƤƥƦƧƨƩƪƫƬƭƮƯưƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǝǞǟǠǡǢǣǤǥǦǧǨǩǪǫǬǭǮǯǰǱǲǳǴǵǶǷǸǹǺǻǼǽǾǿȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȜȝȞȟȠȡȢȣȤȥȦȧȨȩȪȫȬȭȮȯȰȱȲȳȴȵȶȷȸȹȺȻȼȽȾȿɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ‐‑‒―‖‗‛‟†‡‣․‥‧‰‱′″‴‵‶‷‸‹›※‼‽‾‿⁀⁁⁂⁃⁄⁅⁆⁇⁈⁉⁊⁋⁌⁍⁎⁏⁐⁑⁒⁓⁔⁕⁖⁗⁘⁙⁚⁛⁜⁝⁞₠₡₢₣₤₥₦₧₨₩₪₫₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿⃀',
    '–auoßaoueeeaaceiiouuœænaioueeac„“”‘’‚«»…—•€°§¡¢£¤¥¦¨©ª¬®¯±²³´μ¶·¸¹º¼½¾¿aaaaæeeiiiiðnoooo×øuuuyþaaiðoo÷øyþyaaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀŀłłnnnnnnŉŋŋooooooœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzsƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaǡǡǣǣǥǥggkkooooǯǯjǳǳǳggƕƿnnaaǽǽǿǿaaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ‐‑‒―‖‗‛‟†‡‣․‥‧‰‱′″‴‵‶‷‸‹›※‼‽‾‿⁀⁁⁂⁃⁄⁅⁆⁇⁈⁉⁊⁋⁌⁍⁎⁏⁐⁑⁒⁓⁔⁕⁖⁗⁘⁙⁚⁛⁜⁝⁞₠₡₢₣₤₥₦₧₨₩₪₫₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿⃀');
BEGIN
    IF known IS NULL THEN
        RETURN tend_fold_wide(s);
    END IF;
    RETURN lower(known COLLATE "C");
END
$$;

-- A summary's or note's words as unicode61 folds them, one space between.
CREATE OR REPLACE FUNCTION tend_word_text(s text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE known text := tend_fold_known(regexp_replace(s, '[\x01-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+', ' ', 'g'),
    '–äüößÄÖÜéèêàâçëïîôûùœæñáíóúÉÈÀÇ„“”‘’‚«»…—•€°§¡¢£¤¥¦¨©ª¬®¯±²³´µ¶·¸¹º¼½¾¿ÁÂÃÅÆÊËÌÍÎÏÐÑÒÓÔÕ×ØÙÚÛÝÞãåìðòõ÷øýþÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋŌōŎŏŐőŒŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƀƁƂƃƄƅƆƇƈƉƊƋƌƍƎƏƐƑƒƓƔƕƖƗƘƙƚƛƜƝƞƟƠơƢƣƤƥƦƧƨƩƪƫƬƭƮƯưƱƲƳƴƵƶƷƸƹƺƻƼƽƾƿǀǁǂǃǄǅǆǇǈǉǊǋǌǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǝǞǟǠǡǢǣǤǥǦǧǨǩǪǫǬǭǮǯǰǱǲǳǴǵǶǷǸǹǺǻǼǽǾǿȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȜȝȞȟȠȡȢȣȤȥȦȧȨȩȪȫȬȭȮȯȰȱȲȳȴȵȶȷȸȹȺȻȼȽȾȿɀɁɂɃɄɅɆɇɈɉɊɋɌɍɎɏ‐‑‒―‖‗‛‟†‡‣․‥‧‰‱′″‴‵‶‷‸‹›※‼‽‾‿⁀⁁⁂⁃⁄⁅⁆⁇⁈⁉⁊⁋⁌⁍⁎⁏⁐⁑⁒⁓⁔⁕⁖⁗⁘⁙⁚⁛⁜⁝⁞₠₡₢₣₤₥₦₧₨₩₪₫₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿⃀',
    ' auoßaoueeeaaceiiouuœænaioueeac                      ª    ²³ μ   ¹º¼½¾ aaaaæeeiiiiðnoooo øuuuyþaaiðoo øyþyaaaaaaccccccccddđđeeeeeeeeeegggggggghhħħiiiiiiiiiıĳĳjjkkĸllllllŀŀłłnnnnnnŉŋŋooooooœrrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzsƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaǡǡǣǣǥǥggkkooooǯǯjǳǳǳggƕƿnnaaǽǽǿǿaaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ                                                                                      ₺₻₼₽₾₿⃀');
BEGIN
    IF known IS NULL THEN
        RETURN tend_word_text_wide(s);
    END IF;
    RETURN lower(known COLLATE "C");
END
$$;
