<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps" sourcelanguage="en">
<context>
    <name>BackgroundPage</name>
    <message>
        <source>Ask each question and record the answer as given. Any “yes” is flagged for the reviewer; explain it below.</source>
        <translation type="unfinished">هره پوښتنه وکړئ او ځواب هماغسې ثبت کړئ لکه څنګه چې ورکول کېږي. هر «هو» د کتونکي لپاره نښه کېږي؛ لاندې یې تشریح کړئ.</translation>
    </message>
    <message>
        <source>Background questions (Form I-131)</source>
        <translation type="unfinished">د مخینې پوښتنې (Form I-131)</translation>
    </message>
    <message>
        <source>If yes: what happened, when, where, and the outcome</source>
        <translation type="unfinished">که هو: څه پېښ شول، کله، چېرته، او پایله یې څه وه</translation>
    </message>
    <message>
        <source>Explanation of this “yes”</source>
        <translation type="unfinished">د دې «هو» تشریح</translation>
    </message>
    <message>
        <source>For every “yes”: what happened, when, where, and the outcome.</source>
        <translation type="unfinished">د هر «هو» لپاره: څه پېښ شول، کله، چېرته، او پایله یې څه وه.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished">تشریح</translation>
    </message>
    <message>
        <source>Has the beneficiary ever been arrested, charged or convicted of a crime anywhere?</source>
        <translation type="unfinished">ایا ګټه اخیستونکی کله هم په کوم ځای کې په جرم نیول شوی، تورن شوی یا محکوم شوی دی؟</translation>
    </message>
    <message>
        <source>Has the beneficiary ever violated US immigration law (e.g. overstayed)?</source>
        <translation type="unfinished">ایا ګټه اخیستونکي کله هم د امریکا د مهاجرت قانون مات کړی دی (د بېلګې په توګه له اجازې زیات پاتې شوی)؟</translation>
    </message>
    <message>
        <source>Is the beneficiary now in removal proceedings in the US?</source>
        <translation type="unfinished">ایا ګټه اخیستونکی اوس په امریکا کې د اخراج په جریان (removal proceedings) کې دی؟</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نه</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished">تر اوسه ځواب نه دی ورکړل شوی</translation>
    </message>
    <message>
        <source>Was the beneficiary ever refused a US visa?</source>
        <translation type="unfinished">ایا ګټه اخیستونکي ته کله هم د امریکا ویزه رد شوې ده؟</translation>
    </message>
    <message>
        <source>Was the beneficiary ever removed or deported from the US?</source>
        <translation type="unfinished">ایا ګټه اخیستونکی کله هم له امریکا څخه ایستل شوی یا دیپورټ شوی دی؟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">هو</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search cases by name or passport number</source>
        <translation type="unfinished">قضیې د نوم یا پاسپورټ د شمېرې له مخې ولټوئ</translation>
    </message>
    <message>
        <source>Search names or passport numbers (Ctrl+F)</source>
        <translation type="unfinished">نومونه یا د پاسپورټ شمېرې ولټوئ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished">د حالت فلټر</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished">ټول حالتونه</translation>
    </message>
    <message>
        <source>Reason filter</source>
        <translation type="unfinished">د دلیل فلټر</translation>
    </message>
    <message>
        <source>All reasons</source>
        <translation type="unfinished">ټول دلیلونه</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation type="unfinished">د مرجع فلټر</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished">ټولې مرجعې</translation>
    </message>
    <message numerus="yes">
        <source>Key date within %n day(s)</source>
        <translation type="unfinished">
            <numerusform>په %n ورځ کې مهمه نېټه</numerusform>
            <numerusform>په %n ورځو کې مهمه نېټه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln قضیه</numerusform>
            <numerusform>%Ln قضیې</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished">چمتو نه ده</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished">قضیې</translation>
    </message>
    <message>
        <source>No case matches the search and filters.</source>
        <translation type="unfinished">هېڅ قضیه له لټون او فلټرونو سره سمون نه خوري.</translation>
    </message>
    <message>
        <source>No cases yet. Choose File → New case (Ctrl+N) to start a request.</source>
        <translation type="unfinished">تر اوسه قضیه نشته. د یوې غوښتنې د پیلولو لپاره فایل ← نوې قضیه (Ctrl+N) وټاکئ.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(بې نومه)</translation>
    </message>
    <message>
        <source>{status} ⚠ conflict</source>
        <translation type="unfinished">{status} ⚠ ټکر</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished">نه دی کتل شوی</translation>
    </message>
    <message>
        <source>{date} ⚠ expired</source>
        <translation type="unfinished">{date} ⚠ پای ته رسېدلی</translation>
    </message>
    <message>
        <source>{date} ⚠ {days} d</source>
        <translation type="unfinished">{date} ⚠ {days} ورځې</translation>
    </message>
    <message>
        <source>Parole expires soon: talk to the beneficiary about re-parole in time.</source>
        <translation type="unfinished">پارول ژر پای ته رسېږي: په وخت سره له ګټه اخیستونکي سره د پارول د بیا اخیستو (re-parole) په اړه خبرې وکړئ.</translation>
    </message>
    <message>
        <source>Two laptops changed this case differently: open it to choose which value to keep.</source>
        <translation type="unfinished">دوو لپ‌ټاپونو دا قضیه په بېلابېلو ډولونو بدله کړې: پرانیزئ یې چې وټاکئ کوم ارزښت پاتې شي.</translation>
    </message>
    <message>
        <source>Born {date}</source>
        <translation type="unfinished">زېږېدلی {date}</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">ګټه اخیستونکی</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">مرجع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">هېواد</translation>
    </message>
    <message>
        <source>Family group</source>
        <translation type="unfinished">کورنۍ ډله</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">مهمه نېټه</translation>
    </message>
    <message>
        <source>Parole expiry</source>
        <translation type="unfinished">د پارول پای</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished">چمتووالی</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حالت</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>← Cases</source>
        <translation type="unfinished">→ قضیې</translation>
    </message>
    <message>
        <source>Removed…</source>
        <translation type="unfinished">لرې شوي…</translation>
    </message>
    <message>
        <source>People and documents removed from this case, kept until it is signed off: put one back</source>
        <translation type="unfinished">هغه کسان او اسناد چې له دې قضیې لرې شوي او د تایید تر وخته ساتل کېږي: یو یې بېرته کېږدئ</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished">ټول بدلونونه خوندي شول</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(بې نومه)</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished">{name} لرې شو.</translation>
    </message>
    <message>
        <source>a parole</source>
        <translation type="unfinished">یو پارول</translation>
    </message>
    <message>
        <source>Removed the parole {what}.</source>
        <translation type="unfinished">پارول {what} لرې شو.</translation>
    </message>
    <message>
        <source>Removed the document “{title}”.</source>
        <translation type="unfinished">سند «{title}» لرې شو.</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation type="unfinished">خوندي نه شو: {why}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished">خوندي نه شو</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished">خوندي نه شو</translation>
    </message>
    <message>
        <source>Not saved: {field} — {why}</source>
        <translation type="unfinished">خوندي نه شو: {field} — {why}</translation>
    </message>
    <message>
        <source>not a valid value</source>
        <translation type="unfinished">سم ارزښت نه دی</translation>
    </message>
    <message>
        <source>This case had input that was not saved when the vault locked. It was kept encrypted in the vault and is back in the fields: check it.</source>
        <translation type="unfinished">په دې قضیه کې داسې معلومات وو چې د خزانې د قلفېدو پر مهال خوندي شوي نه وو. دا په خزانه کې کوډ شوي ساتل شوي او بېرته په خانو کې دي: وې ګورئ.</translation>
    </message>
    <message>
        <source>Unsaved input restored</source>
        <translation type="unfinished">ناخوندي معلومات بېرته راوګرځول شول</translation>
    </message>
    <message>
        <source>Saving soon…</source>
        <translation type="unfinished">ژر خوندي کېږي…</translation>
    </message>
    <message>
        <source>the exhibits</source>
        <translation type="unfinished">ضمیمې</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name first.</source>
        <translation type="unfinished">لومړی د کورنۍ د غړي نوم ولیکئ.</translation>
    </message>
    <message>
        <source>Case {n} was started for {name}, with the shared details copied. Both requests are in one family group.</source>
        <translation type="unfinished">د {name} لپاره قضیه {n} پیل شوه او ګډ جزئیات کاپي شول. دواړه غوښتنې په یوه کورنۍ ډله کې دي.</translation>
    </message>
    <message>
        <source>Family member&apos;s request</source>
        <translation type="unfinished">د کورنۍ د غړي غوښتنه</translation>
    </message>
    <message>
        <source>Checking the request and every attached file…</source>
        <translation type="unfinished">غوښتنه او هر ضمیمه شوی فایل کتل کېږي…</translation>
    </message>
    <message>
        <source>Running the checks</source>
        <translation type="unfinished">ازموینې روانې دي</translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished">باطل</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation type="unfinished">
            <numerusform>%n د سمولو لپاره</numerusform>
            <numerusform>%n د سمولو لپاره</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished">(تر اوسه بې نومه)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished">مخینه</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished">ازموینې</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished">اسناد</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished">صادرول</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished">پایله</translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished">کسان</translation>
    </message>
    <message>
        <source>Reason and statement</source>
        <translation type="unfinished">دلیل او بیان</translation>
    </message>
    <message>
        <source>Review and sign-off</source>
        <translation type="unfinished">کتنه او تایید</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished">موندنه</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished">قاعده</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished">ماخذ</translation>
    </message>
    <message>
        <source>Double-click a finding (or press Enter) to go to the field it is about.</source>
        <translation type="unfinished">پر یوې موندنې دوه ځله کلیک وکړئ (یا Enter کېکاږئ) چې هغې خانې ته لاړ شئ چې په اړه یې ده.</translation>
    </message>
    <message>
        <source>Run checks again</source>
        <translation type="unfinished">ازموینې بیا چلول</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules pack {id} {version}&lt;/b&gt;, as of {as_of}.&lt;br&gt;Checks tell you what is missing; the reviewer decides. Nothing here is legal advice.</source>
        <translation type="unfinished">&lt;b&gt;د قواعدو بسته {id} {version}&lt;/b&gt;، تر {as_of} پورې تازه.&lt;br&gt;ازموینې ښيي چې څه کم دي؛ پرېکړه کتونکی کوي. دلته هېڅ شی حقوقي مشوره نه ده.</translation>
    </message>
    <message>
        <source>{f} to fix before review · {w} warning(s)</source>
        <translation type="unfinished">{f} د کتنې مخکې د سمولو لپاره · {w} خبرداري</translation>
    </message>
    <message>
        <source>Nothing blocks review · {w} warning(s). The reviewer decides.</source>
        <translation type="unfinished">هېڅ شی د کتنې مخه نه نیسي · {w} خبرداري. پرېکړه کتونکی کوي.</translation>
    </message>
    <message>
        <source>{label} ({n})</source>
        <translation type="unfinished">{label} ({n})</translation>
    </message>
    <message>
        <source>  [verify before filing]</source>
        <translation type="unfinished">  [له سپارلو مخکې تصدیق شي]</translation>
    </message>
    <message>
        <source>Verify before filing: figures in the rules pack ({n})</source>
        <translation type="unfinished">له سپارلو مخکې تصدیق شي: د قواعدو د بستې ارقام ({n})</translation>
    </message>
    <message>
        <source>For your information</source>
        <translation type="unfinished">ستاسو د معلوماتو لپاره</translation>
    </message>
    <message>
        <source>Must fix</source>
        <translation type="unfinished">باید سم شي</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished">خبرداري</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished">خانه</translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished">اصل</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation type="unfinished">دا لپ‌ټاپ</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished">راغلی</translation>
    </message>
    <message>
        <source>case deleted</source>
        <translation type="unfinished">دوسیه ړنګه شوه</translation>
    </message>
    <message>
        <source>case kept, with its edits</source>
        <translation type="unfinished">دوسیه د خپلو بدلونونو سره وساتل شوه</translation>
    </message>
    <message>
        <source>Another laptop changed {n} field(s) of this case differently. Until you choose, the case keeps this laptop&apos;s values and cannot be signed off.</source>
        <translation type="unfinished">بل لپ‌ټاپ د دې قضیې {n} خانې په بل ډول بدلې کړې. تر هغه چې تاسو وټاکئ، قضیه د دې لپ‌ټاپ ارزښتونه ساتي او نه شي تایید کېدای.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Parole Desktop: unexpected error</source>
        <translation type="unfinished">Parole Desktop: ناڅاپي تېروتنه</translation>
    </message>
    <message>
        <source>Something went wrong that should not happen. Everything already saved is safe in the vault.
Please copy the details below and send them to whoever supports your organisation&apos;s laptops. They contain no case data.</source>
        <translation type="unfinished">یوه داسې ستونزه پېښه شوه چې باید نه وای پېښه شوې. هر څه چې خوندي شوي، په خزانه کې خوندي دي.
مهرباني وکړئ لاندې جزئیات کاپي کړئ او هغه چا ته یې ولېږئ چې ستاسو د سازمان لپ‌ټاپونه ملاتړ کوي. په دې کې د قضیې هېڅ معلومات نشته.</translation>
    </message>
    <message>
        <source>The log folder is {folder}.</source>
        <translation type="unfinished">د ثبتونو فولډر {folder} دی.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished">د تېروتنې جزئیات</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished">جزئیات کاپي کول</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation type="unfinished">خپله خزانه جوړه کړئ</translation>
    </message>
    <message>
        <source>Cases are kept in an encrypted vault on this computer. Choose a passphrase: a few words that you will remember and nobody can guess. Without it (or the recovery key shown next) the cases cannot be opened by anyone, including you.</source>
        <translation type="unfinished">قضیې په دې کمپیوټر کې په یوه کوډ شوې خزانه کې ساتل کېږي. یو پټنوم وټاکئ: څو کلمې چې تاسو یې په یاد ولرئ او بل څوک یې اټکل نه شي کړای. له دې پرته (یا د بیا راګرځولو هغه کیلي چې وروسته ښودل کېږي) هېڅوک، حتی تاسو هم، قضیې نه شي پرانیستلای.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">نوی پټنوم</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">پټنوم</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished">پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished">د پټنوم ځواک</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished">خزانه جوړول</translation>
    </message>
    <message>
        <source>At least {n} characters; a phrase of several words is best.</source>
        <translation type="unfinished">لږ تر لږه {n} توري؛ د څو کلمو عبارت تر ټولو ښه دی.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished">دواړه پټنومونه سره توپیر لري.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished">YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>نېټه له جنتري څخه وټاکئ</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri), or leave empty if unknown</source>
        <translation>کال/میاشت/ورځ (لمریز هجري)، یا که نه وي معلوم تش یې پرېږدئ</translation>
    </message>
    <message>
        <source>YYYY/MM/DD (Solar Hijri)</source>
        <translation>کال/میاشت/ورځ (لمریز هجري)</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: on. Type the date as the client gives it (1370/05/12); the Gregorian date is shown beside it and stored. Click (or Ctrl+J) for Gregorian dates.</source>
        <translation>لمریز هجري جنتري: روښانه. نېټه هماغسې ولیکئ لکه مراجع یې چې وايي (1370/05/12)؛ میلادي نېټه یې څنګ ته ښودل کېږي او خوندي کېږي. د میلادي نېټو لپاره کلیک وکړئ (یا Ctrl+J).</translation>
    </message>
    <message>
        <source>Gregorian calendar for this date</source>
        <translation>د دې نېټې لپاره میلادي جنتري</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or leave empty if unknown</source>
        <translation>YYYY-MM-DD، یا که نه وي معلوم تش یې پرېږدئ</translation>
    </message>
    <message>
        <source>Solar Hijri calendar: off. Click (or Ctrl+J) to type the date as the client gives it in the Solar Hijri calendar.</source>
        <translation>لمریز هجري جنتري: بنده. کلیک وکړئ (یا Ctrl+J) چې نېټه هماغسې ولیکئ لکه مراجع یې په لمریز هجري کې وايي.</translation>
    </message>
    <message>
        <source>Solar Hijri calendar for this date</source>
        <translation>د دې نېټې لپاره لمریز هجري جنتري</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Type it as YYYY-MM-DD (2026-12-31) or {local}, or pick it from the calendar.</source>
        <translation>«{text}» نېټه نه ده. داسې یې ولیکئ: YYYY-MM-DD (2026-12-31) یا {local}، یا یې له جنتري وټاکئ.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is a Gregorian year. Type the date as the client gives it in the Solar Hijri calendar, or turn the Solar Hijri calendar off for this field (the sun button).</source>
        <translation>«{text}»: {year} میلادي کال دی. نېټه هماغسې ولیکئ لکه مراجع یې په لمریز هجري کې وايي، یا د دې خانې لپاره لمریز هجري جنتري بنده کړئ (د لمر تڼۍ).</translation>
    </message>
    <message>
        <source>“{text}”: the year must have four digits, 1200 to 1599 (for example 1370).</source>
        <translation>«{text}»: کال باید څلور عدده ولري، له 1200 تر 1599 پورې (د بېلګې په توګه 1370).</translation>
    </message>
    <message>
        <source>“{text}”: there is no month {month}; the months are 1 to 12.</source>
        <translation>«{text}»: میاشت {month} نشته؛ میاشتې له 1 تر 12 پورې دي.</translation>
    </message>
    <message>
        <source>“{text}”: {year} is not a leap year, so its last month (Hut, Esfand) has 29 days.</source>
        <translation>«{text}»: {year} کبیسه کال نه دی، نو وروستۍ میاشت یې (کب) 29 ورځې لري.</translation>
    </message>
    <message>
        <source>“{text}”: month {month} of {year} has {days} days.</source>
        <translation>«{text}»: د {year} کال میاشت {month} {days} ورځې لري.</translation>
    </message>
    <message>
        <source>“{text}” is not a Solar Hijri date. Type it as year/month/day (1370/05/12), or pick it from the calendar.</source>
        <translation>«{text}» لمریزه هجري نېټه نه ده. داسې یې ولیکئ: کال/میاشت/ورځ (1370/05/12)، یا یې له جنتري وټاکئ.</translation>
    </message>
    <message>
        <source>Stored as {date} (Gregorian)</source>
        <translation>د {date} (میلادي) په توګه خوندي کېږي</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>DEMO VAULT — synthetic cases only. Do not enter real client data; start the app without --demo for your own vault.</source>
        <translation type="unfinished">نمایشي خزانه — یوازې جوړې قضیې. د مراجعینو ریښتیني معلومات مه داخلوئ؛ د خپلې خزانې لپاره پروګرام له ⁦--demo⁩ پرته پیل کړئ.</translation>
    </message>
</context>
<context>
    <name>EvidenceDetail</name>
    <message>
        <source>Selected document</source>
        <extracomment>the volunteer asks to fill the stated facts from the document&apos;s text layer (read by the sandbox child)</extracomment>
        <translation type="unfinished">ټاکل شوی سند</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">سرلیک</translation>
    </message>
    <message>
        <source>Checklist item / kind</source>
        <translation type="unfinished">د اسنادو د لړلیک توکی / ډول</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>— not a translation —</source>
        <translation type="unfinished">— ژباړه نه ده —</translation>
    </message>
    <message>
        <source>English translation of</source>
        <translation type="unfinished">انګلیسي ژباړه د</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished">ژباړونکی</translation>
    </message>
    <message>
        <source>The translator certified the translation is complete and accurate</source>
        <translation type="unfinished">ژباړونکي تصدیق کړې چې ژباړه بشپړه او سمه ده</translation>
    </message>
    <message>
        <source>Third-party document that names the beneficiary</source>
        <translation type="unfinished">د درېیم اړخ سند چې د ګټه اخیستونکي نوم پکې راغلی</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished">نه دی ثبت شوی</translation>
    </message>
    <message>
        <source>The original document</source>
        <translation type="unfinished">اصلي سند</translation>
    </message>
    <message>
        <source>A certified copy</source>
        <translation type="unfinished">تصدیق شوې کاپي</translation>
    </message>
    <message>
        <source>A scan</source>
        <translation type="unfinished">یو سکن</translation>
    </message>
    <message>
        <source>A phone photo</source>
        <translation type="unfinished">د موبایل عکس</translation>
    </message>
    <message>
        <source>This file is</source>
        <translation type="unfinished">دا فایل</translation>
    </message>
    <message>
        <source>What the document itself says (checked against the people&apos;s records):</source>
        <translation type="unfinished">هغه څه چې پخپله سند یې وايي (د کسانو له سوابقو سره پرتله کېږي):</translation>
    </message>
    <message>
        <source>the name as spelled in the document</source>
        <translation type="unfinished">نوم هماغسې چې په سند کې لیکل شوی</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">نوم</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">د زېږېدو نېټه</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">د پاسپورټ شمېره</translation>
    </message>
    <message>
        <source>Fill in from the passport line of the document&apos;s text</source>
        <translation type="unfinished">د سند له متن څخه د پاسپورټ له کرښې ډکول</translation>
    </message>
    <message>
        <source>Reads the machine-readable line of a passport from the document&apos;s text layer (a PDF with text; a photo or a plain scan has none) and fills the empty fields above. Check what it fills.</source>
        <translation type="unfinished">د پاسپورټ ماشین لوستونکې کرښه د سند له متني پوښ څخه لولي (متني PDF؛ عکس یا ساده سکن متن نه لري) او پورتنۍ تشې خانې ډکوي. هغه څه چې ډکوي یې وګورئ.</translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished">فایل</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">د سند متن لوستل کېږي…</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished">نوم</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished">د زېږېدو نېټه</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished">د پاسپورټ شمېره</translation>
    </message>
    <message>
        <source>Filled from the document&apos;s passport line: {what}. Check them against the document.</source>
        <translation type="unfinished">د سند د پاسپورټ له کرښې ډک شول: {what}. له سند سره یې پرتله کړئ.</translation>
    </message>
    <message>
        <source>The fields already hold what you typed: nothing was changed.</source>
        <translation type="unfinished">خانې مخکې له مخکې هغه څه لري چې تاسو لیکلي: هېڅ شی بدل نه شو.</translation>
    </message>
    <message>
        <source>No passport line was found in the document&apos;s text (a photo or plain scan has no text): type what the document says.</source>
        <translation type="unfinished">د سند په متن کې د پاسپورټ کرښه ونه موندل شوه (عکس یا ساده سکن متن نه لري): هغه څه ولیکئ چې سند یې وايي.</translation>
    </message>
    <message numerus="yes">
        <source> · %n page(s)</source>
        <translation type="unfinished">
            <numerusform> · %n پاڼه</numerusform>
            <numerusform> · %n پاڼې</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</source>
        <translation type="unfinished">{name}
{size} · {media}{pages}{dims}
SHA-256: {sha}</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; (from the rules pack)</source>
        <translation type="unfinished">&lt;b&gt;د اسنادو لړلیک&lt;/b&gt; (د قواعدو له بستې)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">حالت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished">توکی</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation type="unfinished">اړین</translation>
    </message>
    <message>
        <source>New files are:</source>
        <translation type="unfinished">نوي فایلونه:</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished">فایلونه زیاتول…</translation>
    </message>
    <message>
        <source>Or drop files here. Files are encrypted into the vault; the originals stay where they are.</source>
        <translation type="unfinished">یا فایلونه دلته راکش کړئ. فایلونه کوډ شوي په خزانه کې ایښودل کېږي؛ اصلي فایلونه په خپل ځای پاتې کېږي.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished">مخکتنه</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation type="unfinished">له قضیې لرې کول</translation>
    </message>
    <message>
        <source>✓ attached</source>
        <translation type="unfinished">✓ ضمیمه شو</translation>
    </message>
    <message>
        <source>⚠ translate</source>
        <translation type="unfinished">⚠ ژباړه غواړي</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation type="unfinished">✗ نشته</translation>
    </message>
    <message>
        <source>⚠ check</source>
        <translation type="unfinished">⚠ وګورئ</translation>
    </message>
    <message>
        <source>○ not yet</source>
        <translation type="unfinished">○ تر اوسه نه</translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished">اړین</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation type="unfinished">سپارښتل شوی</translation>
    </message>
    <message>
        <source>Needed, but another check comes first (see the Checks step).</source>
        <translation type="unfinished">اړین دی، خو لومړی بله ازموینه ده (د ازموینو پړاو وګورئ).</translation>
    </message>
    <message>
        <source>A foreign-language document needs a certified English translation.</source>
        <translation type="unfinished">په بهرنۍ ژبه سند تصدیق شوې انګلیسي ژباړې ته اړتیا لري.</translation>
    </message>
    <message>
        <source>translation of: {t}</source>
        <translation type="unfinished">ژباړه د: {t}</translation>
    </message>
    <message>
        <source>✓ prints</source>
        <translation type="unfinished">✓ چاپېږي</translation>
    </message>
    <message>
        <source>✗ cannot be printed: {why}</source>
        <translation type="unfinished">✗ نه چاپېږي: {why}</translation>
    </message>
    <message>
        <source>? printing not checked yet (run the full check)</source>
        <translation type="unfinished">? چاپ تر اوسه نه دی کتل شوی (بشپړه ازموینه وچلوئ)</translation>
    </message>
    <message>
        <source>Encrypting {name} into the vault…</source>
        <translation type="unfinished">{name} په خزانه کې کوډ کېږي…</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not added.</source>
        <translation type="unfinished">لغوه شو: پاتې فایلونه زیات نه شول.</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation type="unfinished">فایلونه زیاتېږي</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished">ځینې فایلونه زیات نه شول</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished">د اسنادو فایلونه زیاتول</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;All files (*)</source>
        <translation type="unfinished">اسناد (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.avif);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Reading the document&apos;s text…</source>
        <translation type="unfinished">د سند متن لوستل کېږي…</translation>
    </message>
    <message>
        <source>The document&apos;s text could not be read: {why}</source>
        <translation type="unfinished">د سند متن ونه لوستل شو: {why}</translation>
    </message>
    <message>
        <source> (verify before filing)</source>
        <translation type="unfinished"> (له سپارلو مخکې تصدیق شي)</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Packet</source>
        <translation type="unfinished">بسته</translation>
    </message>
    <message>
        <source>Draft (watermarked, for the reviewer and the family to read)</source>
        <translation type="unfinished">مسوده (واټرمارک لرونکې، د کتونکي او کورنۍ د لوستلو لپاره)</translation>
    </message>
    <message>
        <source>Final (needs a valid sign-off; signed with the reviewer&apos;s digital ID)</source>
        <translation type="unfinished">وروستۍ (معتبر تایید غواړي؛ د کتونکي په ډیجیټل پېژند لاسلیکېږي)</translation>
    </message>
    <message>
        <source>Filing packet (exactly what is mailed or presented)</source>
        <translation type="unfinished">د سپارلو بسته (دقیقاً هغه څه چې لېږل کېږي یا وړاندې کېږي)</translation>
    </message>
    <message>
        <source>Review record (findings, verify items, signatures to collect, checklist, sign-off; not for filing)</source>
        <translation type="unfinished">د کتنې سابقه (موندنې، د تصدیق توکي، اړین لاسلیکونه، د اسنادو لړلیک، تایید؛ د سپارلو لپاره نه)</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">د کتونکي پټنوم</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">ټاکل…</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation type="unfinished">په فولډر کې خوندي کول</translation>
    </message>
    <message>
        <source>Export packet</source>
        <translation type="unfinished">بسته صادرول</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished">پایله</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished">فولډر پرانیستل</translation>
    </message>
    <message>
        <source>For the client</source>
        <translation>د مراجعه کوونکي لپاره</translation>
    </message>
    <message>
        <source>Client sheet…</source>
        <translation>د مراجعه کوونکي پاڼه…</translation>
    </message>
    <message>
        <source>A short PDF in the client&apos;s language: the documents still needed, what happens next and how to reach you. Never the filing.</source>
        <translation>د مراجعه کوونکي په ژبه لنډ PDF: هغه اسناد چې لا اړین دي، راتلونکي ګامونه او له تاسو سره د اړیکې لاره. هېڅکله پخپله غوښتنه نه ده.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>English: the rules pack&apos;s own text.</source>
        <translation>انګلیسي: د قواعدو د کڅوړې خپل متن.</translation>
    </message>
    <message>
        <source>{note} Texts not yet reviewed by a qualified translator are marked on the sheet.</source>
        <translation>{note} هغه متنونه چې یو وړ ژباړن لا نه دي کتلي، په پاڼه کې نښه شوي دي.</translation>
    </message>
    <message>
        <source>Save the client sheet in</source>
        <translation>د مراجعه کوونکي پاڼه دلته خوندي کړئ</translation>
    </message>
    <message>
        <source>Making the client sheet…</source>
        <translation>د مراجعه کوونکي پاڼه جوړېږي…</translation>
    </message>
    <message>
        <source>No client sheet was written</source>
        <translation>د مراجعه کوونکي هېڅ پاڼه ونه لیکل شوه</translation>
    </message>
    <message>
        <source>Client sheet saved: {path}
{pages} page(s), {n} document(s) still needed.</source>
        <translation>د مراجعه کوونکي پاڼه خوندي شوه: {path}
{pages} پاڼې، {n} سندونه چې لا اړین دي.</translation>
    </message>
    <message>
        <source>Save the packet in</source>
        <translation type="unfinished">بسته خوندي کړئ په</translation>
    </message>
    <message>
        <source>Choose where to save (a USB stick is best)</source>
        <translation type="unfinished">د خوندي کولو ځای وټاکئ (USB فلش تر ټولو ښه دی)</translation>
    </message>
    <message>
        <source>Enter the reviewer&apos;s passphrase to sign the final packet.</source>
        <translation type="unfinished">د وروستۍ بستې د لاسلیک لپاره د کتونکي پټنوم ولیکئ.</translation>
    </message>
    <message>
        <source>Verifying the packet…</source>
        <translation type="unfinished">بسته تصدیقېږي…</translation>
    </message>
    <message>
        <source>Building the packet…</source>
        <translation type="unfinished">بسته جوړېږي…</translation>
    </message>
    <message>
        <source>No packet was written</source>
        <translation type="unfinished">هېڅ بسته ونه لیکل شوه</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">مسوده</translation>
    </message>
    <message>
        <source>Final, signed</source>
        <translation type="unfinished">وروستۍ، لاسلیک شوې</translation>
    </message>
    <message>
        <source>Review record saved: {path}
{pages} pages; {s} signatures to collect.</source>
        <translation type="unfinished">د کتنې سابقه خوندي شوه: {path}
{pages} پاڼې؛ {s} لاسلیکونه باید واخیستل شي.</translation>
    </message>
    <message>
        <source>Internal record — not for filing.</source>
        <translation type="unfinished">داخلي سابقه — د سپارلو لپاره نه.</translation>
    </message>
    <message>
        <source>Final, signed packet saved: {path}
{pages} pages, built and signed on the reviewer&apos;s laptop by {name} and received here sealed.</source>
        <translation type="unfinished">وروستۍ لاسلیک شوې بسته خوندي شوه: {path}
{pages} پاڼې، چې {name} د کتونکي په لپټاپ جوړه او لاسلیک کړې او دلته مهر شوې رسېدلې ده.</translation>
    </message>
    <message>
        <source>{kind} packet saved: {path}
{pages} pages, {n} exhibits.</source>
        <translation type="unfinished">{kind} بسته خوندي شوه: {path}
{pages} پاڼې، {n} ضمیمې.</translation>
    </message>
    <message>
        <source>Draft: watermarked and not signed — not for filing.</source>
        <translation type="unfinished">مسوده: واټرمارک لرونکې او نا لاسلیک شوې — د سپارلو لپاره نه.</translation>
    </message>
    <message>
        <source> Signed by {s}.</source>
        <translation type="unfinished"> د {s} لخوا لاسلیک شوې.</translation>
    </message>
    <message>
        <source>✓ Verified: the packet is intact.</source>
        <translation type="unfinished">✓ تصدیق شوه: بسته روغه ده.</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation type="unfinished">نامعلومه ستونزه</translation>
    </message>
    <message>
        <source>✗ Verification found problems: {p}</source>
        <translation type="unfinished">✗ تصدیق ستونزې وموندلې: {p}</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>عربي</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>دري</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>هایټیایي کریول</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>هسپانوي</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>اوکرایني</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message numerus="yes">
        <source>Locking in %n second(s) without use — move the mouse or press a key to stay unlocked.</source>
        <translation type="unfinished">
            <numerusform>په %n ثانیه کې بې کارونې قلفېږي — د خلاص پاتې کېدو لپاره موږک وخوځوئ یا یوه کیلي کېکاږئ.</numerusform>
            <numerusform>په %n ثانیو کې بې کارونې قلفېږي — د خلاص پاتې کېدو لپاره موږک وخوځوئ یا یوه کیلي کېکاږئ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Interface language</source>
        <translation>د پروګرام ژبه</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished">نیمګړې</translation>
    </message>
    <message>
        <source>{language}: {percent}% of its texts are translated; a language ships at 90%.</source>
        <translation type="unfinished">{language}: د متنونو {percent}% ژباړل شوي؛ یوه ژبه په 90% کې خپرېږي.</translation>
    </message>
    <message>
        <source>English: the program&apos;s own texts.</source>
        <translation type="unfinished">انګلیسي: د پروګرام خپل متنونه.</translation>
    </message>
    <message>
        <source>complete enough to ship</source>
        <translation type="unfinished">د خپرېدو لپاره بشپړ</translation>
    </message>
    <message>
        <source>incomplete: a language ships when 90% of its texts exist</source>
        <translation type="unfinished">نیمګړې: یوه ژبه هغه وخت خپرېږي چې د هغې 90% متنونه موجود وي</translation>
    </message>
    <message>
        <source>Translated: screens {ui}%, command line {core}%, rules pack {pack}% (drafts count). Client texts reviewed: {reviewed} of {total}; the others are marked. {verdict}.</source>
        <translation type="unfinished">ژباړل شوي: پردې {ui}%، کمانډ لاین {core}%، د قواعدو بسته {pack}% (مسودې هم شمېرل کېږي). د مراجع متنونه کتل شوي: {reviewed} له {total} څخه؛ نور نښه شوي دي. {verdict}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished">&amp;نوې قضیه…</translation>
    </message>
    <message>
        <source>&amp;Back to cases</source>
        <translation type="unfinished">قضیو ته &amp;بېرته</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation type="unfinished">قضیه &amp;لټول</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished">د خوندیتوب &amp;کاپي…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished">د خوندیتوب کاپي بېرته &amp;راګرځول…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished">&amp;قلفول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;وتل</translation>
    </message>
    <message>
        <source>&amp;Reviewer profiles…</source>
        <translation type="unfinished">د کتونکو &amp;پروفایلونه…</translation>
    </message>
    <message>
        <source>&amp;Import rules pack…</source>
        <translation type="unfinished">د قواعدو بسته &amp;راوړل…</translation>
    </message>
    <message>
        <source>&amp;Verify audit log</source>
        <translation type="unfinished">د پلټنې ثبت &amp;تصدیقول</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation type="unfinished">بنډل &amp;صادرول…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation type="unfinished">بنډل &amp;راوړل…</translation>
    </message>
    <message>
        <source>&amp;Receive on this network…</source>
        <translation type="unfinished">په دې شبکه کې &amp;ترلاسه کول…</translation>
    </message>
    <message>
        <source>&amp;Send to a laptop on this network…</source>
        <translation type="unfinished">په دې شبکه کې یو لپ‌ټاپ ته &amp;لېږل…</translation>
    </message>
    <message>
        <source>Exchange with the &amp;hub</source>
        <translation type="unfinished">له &amp;هب سره تبادله</translation>
    </message>
    <message>
        <source>Received but &amp;not applied…</source>
        <translation type="unfinished">ترلاسه شوي خو &amp;نه دي پلي شوي…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished">ت&amp;نظیمات…</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished">د پروګرام په &amp;اړه</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;فایل</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished">&amp;شریکول</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished">&amp;وسایل</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;مرسته</translation>
    </message>
    <message>
        <source>Main</source>
        <extracomment>what unlocking needs, imported in the background once the lock screen is painted (no Qt in them)</extracomment>
        <translation type="unfinished">اصلي</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation type="unfinished">خزانه: {folder}</translation>
    </message>
    <message>
        <source>Rules {id} {version}, as of {date}</source>
        <translation type="unfinished">قواعد {id} {version}، تر {date} پورې تازه</translation>
    </message>
    <message>
        <source>No backup yet: make the first one with File → Backup…</source>
        <translation type="unfinished">تر اوسه د خوندیتوب کاپي نشته: لومړۍ یې له فایل ← د خوندیتوب کاپي… څخه جوړه کړئ</translation>
    </message>
    <message>
        <source>Last backup {when}</source>
        <translation type="unfinished">وروستۍ د خوندیتوب کاپي {when}</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation type="unfinished">هېڅکله د خوندیتوب کاپي نه ده جوړه شوې</translation>
    </message>
    <message numerus="yes">
        <source>no backup in %n day(s): File → Backup…</source>
        <translation type="unfinished">
            <numerusform>%n ورځ بې د خوندیتوب کاپي: فایل ← د خوندیتوب کاپي…</numerusform>
            <numerusform>%n ورځې بې د خوندیتوب کاپي: فایل ← د خوندیتوب کاپي…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept aside: %n</source>
        <translation type="unfinished">
            <numerusform>جلا ساتل شوي: %n</numerusform>
            <numerusform>جلا ساتل شوي: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Received from other laptops and not applied: click to see what and why.</source>
        <translation type="unfinished">له نورو لپ‌ټاپونو ترلاسه شوي او نه دي پلي شوي: د لیدو لپاره چې څه او ولې، کلیک وکړئ.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished">خوندي نه شو</translation>
    </message>
    <message>
        <source>Locked. Input that could not be saved yet is kept encrypted in the vault and comes back when you open the case.</source>
        <translation type="unfinished">قلف شو. هغه معلومات چې لا خوندي شوي نه وو، په خزانه کې کوډ شوي ساتل شوي او د قضیې په پرانیستلو بېرته راځي.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform>له %n دقیقې بې کارونې وروسته قلف شو.</numerusform>
            <numerusform>له %n دقیقو بې کارونې وروسته قلف شو.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished">هغه د خوندیتوب کاپي وټاکئ چې بېرته یې راګرځوئ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">بېرته راګرځول</translation>
    </message>
    <message>
        <source>The passphrase the backup was made with:</source>
        <translation type="unfinished">هغه پټنوم چې د خوندیتوب کاپي پرې جوړه شوې:</translation>
    </message>
    <message>
        <source>The vault will be locked and replaced by the backup. The current vault is not deleted: it is kept aside in the data folder.</source>
        <translation type="unfinished">خزانه به قلف شي او د خوندیتوب کاپي به یې ځای ونیسي. اوسنۍ خزانه نه ړنګېږي: د معلوماتو په فولډر کې جلا ساتل کېږي.</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n case(s)</source>
        <translation type="unfinished">
            <numerusform>ټکرونه: %n قضیه</numerusform>
            <numerusform>ټکرونه: %n قضیې</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields changed differently on two laptops: click to settle them.</source>
        <translation type="unfinished">هغه ساحې چې په دوو کمپیوټرونو کې په بېلابېلو ډولونو بدلې شوې: د حل لپاره یې کلیک وکړئ.</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation type="unfinished">قضیه {id}</translation>
    </message>
    <message>
        <source>Wait until “{job}” has finished, or cancel it.</source>
        <translation type="unfinished">صبر وکړئ چې «{job}» پای ته ورسېږي، یا یې لغوه کړئ.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished">نوې قضیه</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">نوم</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">تخلص</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">د زېږېدو نېټه</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">مرجع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished">(تر اوسه نه دی ټاکل شوی)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation type="unfinished">&amp;نوم</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished">ت&amp;خلص</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation type="unfinished">د زېږېدو &amp;نېټه</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished">&amp;مرجع</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished">&amp;دلیل</translation>
    </message>
    <message>
        <source>These existing cases look like the same person. Double-click one to open it, or create the new case anyway.</source>
        <translation type="unfinished">داسې ښکاري چې دا موجودې قضیې د همدې کس دي. د پرانیستلو لپاره پر یوې دوه ځله کلیک وکړئ، یا په هر حال نوې قضیه جوړه کړئ.</translation>
    </message>
    <message>
        <source>Similar existing cases</source>
        <translation type="unfinished">ورته موجودې قضیې</translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished">جوړول</translation>
    </message>
    <message>
        <source>birth date unknown</source>
        <translation type="unfinished">د زېږېدو نېټه نامعلومه</translation>
    </message>
    <message>
        <source>case {n}</source>
        <translation type="unfinished">قضیه {n}</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation type="unfinished">په هر حال جوړول</translation>
    </message>
    <message>
        <source>The date of birth is in the future. Correct it or leave it empty.</source>
        <translation type="unfinished">د زېږېدو نېټه په راتلونکي کې ده. سمه یې کړئ یا یې تشه پرېږدئ.</translation>
    </message>
    <message>
        <source>Enter the beneficiary&apos;s given or family name.</source>
        <translation type="unfinished">د ګټه اخیستونکي نوم یا تخلص ولیکئ.</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Please wait: “{running}” is still running. Try again when it has finished.</source>
        <translation type="unfinished">مهرباني وکړئ صبر وکړئ: «{running}» لا روان دی. کله چې پای ته ورسېد بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished">لغوه کېږي…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغوه</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Filing and decision</source>
        <translation type="unfinished">سپارل او پرېکړه</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished">د سپارلو نېټه</translation>
    </message>
    <message>
        <source>e.g. IOE0123456789</source>
        <translation type="unfinished">د بېلګې په توګه IOE0123456789</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished">د رسید شمېره (receipt number)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished">منظور شو</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished">رد شو</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished">بېرته واخیستل شو</translation>
    </message>
    <message>
        <source>— no decision yet —</source>
        <translation type="unfinished">— تر اوسه پرېکړه نشته —</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">پرېکړه</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished">د پرېکړې نېټه</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">د I-94 شمېره</translation>
    </message>
    <message>
        <source>Parole expires on</source>
        <translation type="unfinished">پارول پای ته رسېږي په</translation>
    </message>
    <message>
        <source>Mark as filed</source>
        <translation type="unfinished">د سپارل شوي په توګه نښه کول</translation>
    </message>
    <message>
        <source>Mark as decided</source>
        <translation type="unfinished">د پرېکړه شوي په توګه نښه کول</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;{s}&lt;/b&gt;</source>
        <translation type="unfinished">حالت: &lt;b&gt;{s}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The decision date is before the filing date.</source>
        <translation type="unfinished">د پرېکړې نېټه د سپارلو له نېټې مخکې ده.</translation>
    </message>
    <message>
        <source>Choose the decision first.</source>
        <translation type="unfinished">لومړی پرېکړه وټاکئ.</translation>
    </message>
    <message>
        <source>The decision date is before the filing date. Correct one of them first.</source>
        <translation type="unfinished">د پرېکړې نېټه د سپارلو له نېټې مخکې ده. لومړی یوه یې سمه کړئ.</translation>
    </message>
    <message>
        <source>An approval needs the date parole expires (on the I-94 or the approval notice). Enter it under “Parole expires on”.</source>
        <translation type="unfinished">منظوري د پارول د پای نېټې ته اړتیا لري (په I-94 یا د منظورۍ په خبرتیا کې). هغه په «پارول پای ته رسېږي په» کې ولیکئ.</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">پرېکړه شوې</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">مسوده</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">سپارل شوې</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">د کتنې لپاره چمتو</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">تایید شوې</translation>
    </message>
</context>
<context>
    <name>ParoleTable</name>
    <message>
        <source>Add a parole</source>
        <translation type="unfinished">یو پارول زیاتول</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished">سمول</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">لرې کول</translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">بنسټ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished">کټګوري</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished">پای ته رسېږي په</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">د I-94 شمېره</translation>
    </message>
    <message>
        <source>Paroled on</source>
        <translation type="unfinished">د پارول نېټه</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">پروګرام</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">عامه ګټه</translation>
    </message>
    <message>
        <source>Urgent humanitarian</source>
        <translation type="unfinished">بېړنی بشري</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Beneficiary (the person to be paroled)</source>
        <translation type="unfinished">ګټه اخیستونکی (هغه کس چې پارول ورکول کېږي)</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished">ګټه اخیستونکی</translation>
    </message>
    <message>
        <source>The beneficiary files for themself</source>
        <translation type="unfinished">ګټه اخیستونکی پخپله غوښتنه کوي</translation>
    </message>
    <message>
        <source>Otherwise: the person who files (the requestor). They need not live in the US or be related.</source>
        <translation type="unfinished">که نه: هغه کس چې غوښتنه کوي (غوښتونکی). اړینه نه ده چې په امریکا کې اوسېږي یا خپلوان وي.</translation>
    </message>
    <message>
        <source>Requestor</source>
        <translation type="unfinished">غوښتونکی</translation>
    </message>
    <message>
        <source>Financial supporter {n}</source>
        <translation type="unfinished">مالي ملاتړی {n}</translation>
    </message>
    <message>
        <source>Add another supporter</source>
        <translation type="unfinished">بل ملاتړی زیاتول</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished">ملاتړي</translation>
    </message>
    <message>
        <source>An attorney or accredited representative represents the requestor</source>
        <translation type="unfinished">یو وکیل یا منل شوی استازی (accredited representative) د غوښتونکي استازیتوب کوي</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished">استازی</translation>
    </message>
    <message>
        <source>Family member {n}</source>
        <translation type="unfinished">د کورنۍ غړی {n}</translation>
    </message>
    <message>
        <source>Add family member</source>
        <translation type="unfinished">د کورنۍ غړی زیاتول</translation>
    </message>
    <message>
        <source>Parole gives no derivative benefits: each family member who travels needs their own request. Link it here by its case number.</source>
        <translation type="unfinished">پارول فرعي ګټې نه ورکوي: د کورنۍ هر غړی چې سفر کوي خپلې جلا غوښتنې ته اړتیا لري. دلته یې د قضیې په شمېره وتړئ.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished">کورنۍ</translation>
    </message>
    <message>
        <source>Preparer (you, the volunteer)</source>
        <translation type="unfinished">چمتو کوونکی (تاسو، رضاکار)</translation>
    </message>
    <message>
        <source>Interpreter (if one helped)</source>
        <translation type="unfinished">ژباړن (که چا مرسته کړې وي)</translation>
    </message>
    <message>
        <source>Signer for a beneficiary under 14 (parent or guardian)</source>
        <translation type="unfinished">له ۱۴ کالو کم عمره ګټه اخیستونکي لپاره لاسلیک کوونکی (مور، پلار یا سرپرست)</translation>
    </message>
    <message>
        <source>Form I-131 Part 12: the preparer&apos;s organization and daytime phone (*) are required.</source>
        <translation type="unfinished">Form I-131 برخه 12: د چمتو کوونکي سازمان او د ورځې تلیفون (*) اړین دي.</translation>
    </message>
    <message>
        <source>Form I-131 Part 11: who read the form to the client, and in which language.</source>
        <translation type="unfinished">Form I-131 برخه 11: چا فورمه مراجع ته ولوستله، او په کومه ژبه.</translation>
    </message>
    <message>
        <source>Preparer and signers</source>
        <translation type="unfinished">چمتو کوونکی او لاسلیک کوونکي</translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation type="unfinished">
            <numerusform>%n د سمولو لپاره</numerusform>
            <numerusform>%n د سمولو لپاره</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Looks (Form I-131 Part 3)</source>
        <translation type="unfinished">بڼه (Form I-131 برخه 3)</translation>
    </message>
    <message>
        <source>For the travel document: as the person describes themself.</source>
        <translation type="unfinished">د سفر د سند لپاره: هماغسې چې کس خپل ځان بیانوي.</translation>
    </message>
    <message>
        <source>I-94 and paroles (Form I-131 Part 2)</source>
        <translation type="unfinished">I-94 او پارولونه (Form I-131 برخه 2)</translation>
    </message>
    <message>
        <source>Only for someone already in the US (re-parole, parole in place): copy the I-94.</source>
        <translation type="unfinished">یوازې د هغه چا لپاره چې مخکې له مخکې په امریکا کې دی (re-parole، parole in place): I-94 کاپي کړئ.</translation>
    </message>
    <message>
        <source>Earlier documents (Form I-131 Part 4)</source>
        <translation type="unfinished">پخواني اسناد (Form I-131 برخه 4)</translation>
    </message>
    <message>
        <source>Travel documents USCIS gave this person before, if any.</source>
        <translation type="unfinished">د سفر هغه اسناد چې USCIS مخکې دې کس ته ورکړي، که وي.</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation type="unfinished">پوستي پته</translation>
    </message>
    <message>
        <source>Address as typed before (one line). The form needs it in parts:</source>
        <translation type="unfinished">مخکې لیکل شوې پته (یوه کرښه). فورمه یې په برخو کې غواړي:</translation>
    </message>
    <message>
        <source>Confirm the parts: fill them from this line</source>
        <translation type="unfinished">برخې تایید کړئ: له دې کرښې یې ډکې کړئ</translation>
    </message>
    <message>
        <source>Proposes street, city, region, postal code and country. Check each one: it is a guess.</source>
        <translation type="unfinished">سړک، ښار، سیمه، پوستي کوډ او هېواد وړاندیز کوي. هر یو یې وګورئ: اټکل دی.</translation>
    </message>
    <message>
        <source>The home (physical) address is different</source>
        <translation type="unfinished">د اوسېدو (فزیکي) پته بېله ده</translation>
    </message>
    <message>
        <source>Physical address (where they live)</source>
        <translation type="unfinished">فزیکي پته (چېرته چې اوسېږي)</translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished">ونه</translation>
    </message>
    <message>
        <source>Earlier and current paroles (one row each, from the I-94s):</source>
        <translation type="unfinished">پخواني او اوسني پارولونه (هر یو یوه کرښه، له I-94 څخه):</translation>
    </message>
    <message>
        <source>ft</source>
        <translation type="unfinished">فټ</translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished">انچ</translation>
    </message>
    <message>
        <source>US state</source>
        <translation type="unfinished">د امریکا ایالت</translation>
    </message>
    <message>
        <source>type the state, e.g. CA</source>
        <translation type="unfinished">ایالت ولیکئ، د بېلګې په توګه CA</translation>
    </message>
    <message>
        <source>12345 or 12345-6789</source>
        <translation type="unfinished">12345 یا 12345-6789</translation>
    </message>
    <message>
        <source>case {n}: request of {name}</source>
        <translation type="unfinished">قضیه {n}: د {name} غوښتنه</translation>
    </message>
    <message>
        <source>there is no case {n}</source>
        <translation type="unfinished">قضیه {n} نشته</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished">ښځه</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished">نارینه</translation>
    </message>
    <message>
        <source>Another (X)</source>
        <translation type="unfinished">بل (X)</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation type="unfinished">— نه دی ورکړل شوی —</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished">— وټاکئ —</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation type="unfinished">نه دی تړل شوی</translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished">هېواد</translation>
    </message>
    <message>
        <source>type part of the name, e.g. afg</source>
        <translation type="unfinished">د نوم یوه برخه ولیکئ، د بېلګې په توګه afg</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— ځواب نه دی ورکړل شوی —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished">— هېڅ —</translation>
    </message>
    <message>
        <source>e.g. 8 (the form&apos;s box takes 6 characters)</source>
        <translation type="unfinished">د بېلګې په توګه 8 (د فورمې خانه 6 توري اخلي)</translation>
    </message>
    <message>
        <source>as in the passport&apos;s machine-readable line</source>
        <translation type="unfinished">لکه د پاسپورټ په ماشین لوستونکې کرښه کې</translation>
    </message>
    <message>
        <source>11 characters, on the I-94</source>
        <translation type="unfinished">11 توري، په I-94 کې</translation>
    </message>
    <message>
        <source>as printed on the I-94, e.g. DT</source>
        <translation type="unfinished">لکه څنګه چې په I-94 چاپ شوی، د بېلګې په توګه DT</translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished">یو کس</translation>
    </message>
    <message>
        <source>A-Number (if any)</source>
        <translation type="unfinished">A-Number (A شمېره، که وي)</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished">امریکايي سور پوستی یا د الاسکا اصلي اوسېدونکی</translation>
    </message>
    <message>
        <source>An organization</source>
        <translation type="unfinished">یو سازمان</translation>
    </message>
    <message>
        <source>Apartment, suite or floor number</source>
        <translation type="unfinished">د اپارتمان، دفتر یا پوړ شمېره</translation>
    </message>
    <message>
        <source>Apt. / Ste. / Flr.</source>
        <translation type="unfinished">Apt. / Ste. / Flr.</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished">آسیايي</translation>
    </message>
    <message>
        <source>Bald (No Hair)</source>
        <translation type="unfinished">ګنجی (بې وېښتو)</translation>
    </message>
    <message>
        <source>Bar number</source>
        <translation type="unfinished">د وکالت جواز شمېره (bar number)</translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished">تور</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished">تور پوستی یا افریقايي امریکايي</translation>
    </message>
    <message>
        <source>Blond</source>
        <translation type="unfinished">زېړ</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished">آبي</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished">نسواري</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation type="unfinished">ښار یا ښارګوټی</translation>
    </message>
    <message>
        <source>Class of admission</source>
        <translation type="unfinished">د داخلېدو کټګوري (class of admission)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">هېواد</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished">د زېږېدو هېواد</translation>
    </message>
    <message>
        <source>Country of citizenship</source>
        <translation type="unfinished">د تابعیت هېواد</translation>
    </message>
    <message>
        <source>Country where they are now</source>
        <translation type="unfinished">هغه هېواد چې اوس پکې دی</translation>
    </message>
    <message>
        <source>DOJ accreditation</source>
        <translation type="unfinished">د DOJ اعتبار</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation type="unfinished">د صادرېدو نېټه</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished">د زېږېدو نېټه</translation>
    </message>
    <message>
        <source>Daytime phone</source>
        <translation type="unfinished">د ورځې تلیفون</translation>
    </message>
    <message>
        <source>Daytime phone *</source>
        <translation type="unfinished">د ورځې تلیفون *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">برېښنالیک</translation>
    </message>
    <message>
        <source>Earlier paroles</source>
        <translation type="unfinished">پخواني پارولونه</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished">قومیت</translation>
    </message>
    <message>
        <source>Ever had a reentry permit or refugee travel document?</source>
        <translation type="unfinished">ایا کله یې د بیا ننوتلو اجازه (reentry permit) یا د کډوال د سفر سند درلود؟</translation>
    </message>
    <message>
        <source>Ever had an advance parole document?</source>
        <translation type="unfinished">ایا کله یې د advance parole سند درلود؟</translation>
    </message>
    <message>
        <source>Eye colour</source>
        <translation type="unfinished">د سترګو رنګ</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished">تخلص</translation>
    </message>
    <message>
        <source>Family name as in the passport (Latin letters)</source>
        <translation type="unfinished">تخلص لکه په پاسپورټ کې (لاتین توري)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished">فورمه</translation>
    </message>
    <message>
        <source>Form G-28 is filed with the request</source>
        <translation type="unfinished">Form G-28 له غوښتنې سره سپارل کېږي</translation>
    </message>
    <message>
        <source>Form I-134</source>
        <translation type="unfinished">Form I-134</translation>
    </message>
    <message>
        <source>Form I-134A (closed programs only)</source>
        <translation type="unfinished">Form I-134A (یوازې تړل شوي پروګرامونه)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished">نوم</translation>
    </message>
    <message>
        <source>Given name as in the passport (Latin letters)</source>
        <translation type="unfinished">نوم لکه په پاسپورټ کې (لاتین توري)</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation type="unfinished">خړ</translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished">شین</translation>
    </message>
    <message>
        <source>Hair colour</source>
        <translation type="unfinished">د وېښتو رنګ</translation>
    </message>
    <message>
        <source>Hazel</source>
        <translation type="unfinished">عسلي</translation>
    </message>
    <message>
        <source>Height: feet</source>
        <translation type="unfinished">ونه: فټ</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished">هسپانوي یا لاتین</translation>
    </message>
    <message>
        <source>I-94 expires (admit until)</source>
        <translation type="unfinished">د I-94 پای (admit until)</translation>
    </message>
    <message>
        <source>I-94 number</source>
        <translation type="unfinished">د I-94 شمېره</translation>
    </message>
    <message>
        <source>In care of</source>
        <translation type="unfinished">د لارې (in care of)</translation>
    </message>
    <message>
        <source>Language used *</source>
        <translation type="unfinished">کارول شوې ژبه *</translation>
    </message>
    <message>
        <source>Letter of commitment (organization)</source>
        <translation type="unfinished">د ژمنې لیک (سازمان)</translation>
    </message>
    <message>
        <source>Maroon</source>
        <translation type="unfinished">تور سور</translation>
    </message>
    <message>
        <source>Native Hawaiian or Other Pacific Islander</source>
        <translation type="unfinished">د هاوايي اصلي اوسېدونکی یا د آرام سمندر د نورو ټاپوګانو</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">نه</translation>
    </message>
    <message>
        <source>Not Hispanic or Latino</source>
        <translation type="unfinished">نه هسپانوي نه لاتین</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished">سازمان</translation>
    </message>
    <message>
        <source>Organization *</source>
        <translation type="unfinished">سازمان *</translation>
    </message>
    <message>
        <source>Organization or law office</source>
        <translation type="unfinished">سازمان یا حقوقي دفتر</translation>
    </message>
    <message>
        <source>Organization that files (if any; the name above signs for it)</source>
        <translation type="unfinished">هغه سازمان چې غوښتنه سپاري (که وي؛ پورتنی نوم یې په استازیتوب لاسلیک کوي)</translation>
    </message>
    <message>
        <source>Other names used</source>
        <translation type="unfinished">نور کارول شوي نومونه</translation>
    </message>
    <message>
        <source>Parent or legal guardian (relationship)</source>
        <translation type="unfinished">مور، پلار یا قانوني سرپرست (اړیکه)</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation type="unfinished">د پاسپورټ پای</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation type="unfinished">د پاسپورټ شمېره</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">تلیفون</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished">ګلابي</translation>
    </message>
    <message>
        <source>Postal code / ZIP</source>
        <translation type="unfinished">پوستي کوډ / ZIP</translation>
    </message>
    <message>
        <source>Race (all that apply)</source>
        <translation type="unfinished">نژاد (ټول هغه چې صدق کوي)</translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished">سور</translation>
    </message>
    <message>
        <source>Relationship to the beneficiary</source>
        <translation type="unfinished">له ګټه اخیستونکي سره اړیکه</translation>
    </message>
    <message>
        <source>Sandy</source>
        <translation type="unfinished">شګلن</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">جنس</translation>
    </message>
    <message>
        <source>State / province / region</source>
        <translation type="unfinished">ایالت / ولایت / سیمه</translation>
    </message>
    <message>
        <source>Street number and name</source>
        <translation type="unfinished">د سړک شمېره او نوم</translation>
    </message>
    <message>
        <source>Supporter is</source>
        <translation type="unfinished">د ملاتړي ډول</translation>
    </message>
    <message>
        <source>The beneficiary themself</source>
        <translation type="unfinished">پخپله ګټه اخیستونکی</translation>
    </message>
    <message>
        <source>Their own request (case number)</source>
        <translation type="unfinished">د هغه خپله غوښتنه (د قضیې شمېره)</translation>
    </message>
    <message>
        <source>US status (citizen, LPR, parolee…)</source>
        <translation type="unfinished">په امریکا کې حالت (تبعه، LPR، پارول لرونکی…)</translation>
    </message>
    <message>
        <source>Unknown/Other</source>
        <translation type="unfinished">نامعلوم/بل</translation>
    </message>
    <message>
        <source>Weight (pounds)</source>
        <translation type="unfinished">وزن (پونډ)</translation>
    </message>
    <message>
        <source>What happened to it</source>
        <translation type="unfinished">له هغه سره څه وشول</translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished">سپین</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">هو</translation>
    </message>
    <message>
        <source>inches</source>
        <translation type="unfinished">انچه</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished">لرې کول</translation>
    </message>
    <message>
        <source>Remove this person from the case (Undo puts them back)</source>
        <translation type="unfinished">دا کس له قضیې لرې کړئ (بېرته یې راګرځوي)</translation>
    </message>
    <message>
        <source>Same as the requestor</source>
        <translation type="unfinished">هماغه غوښتونکی</translation>
    </message>
    <message>
        <source>The requestor is also this supporter: fill the empty fields from the requestor</source>
        <translation type="unfinished">غوښتونکی همدا ملاتړی دی: تشې خانې له غوښتونکي ډکې کړئ</translation>
    </message>
    <message>
        <source>Start their own request…</source>
        <translation type="unfinished">د هغه خپله غوښتنه پیلول…</translation>
    </message>
    <message>
        <source>A new case with this person as the beneficiary, the shared details copied, both requests in one family group and linked</source>
        <translation type="unfinished">نوې قضیه چې دا کس پکې ګټه اخیستونکی وي، ګډ جزئیات کاپي شوي، دواړه غوښتنې په یوه کورنۍ ډله کې او سره تړلې</translation>
    </message>
    <message>
        <source>Record the requestor first (Requestor tab).</source>
        <translation type="unfinished">لومړی غوښتونکی ثبت کړئ (د غوښتونکي ټب).</translation>
    </message>
</context>
<context>
    <name>PickCombo</name>
    <message>
        <source>{text} is not a {what} in the list: type part of its name and pick it.</source>
        <translation type="unfinished">{text} په لړلیک کې {what} نه دی: د نوم یوه برخه یې ولیکئ او وې ټاکئ.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Document preview</source>
        <translation type="unfinished">د سند مخکتنه</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation type="unfinished">◀ مخکینۍ پاڼه</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation type="unfinished">بله پاڼه ▶</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished">د کړکۍ اندازې ته</translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation type="unfinished">ګرځول ↻</translation>
    </message>
    <message>
        <source>Turn the page a quarter to the right (the file is not changed)</source>
        <translation type="unfinished">پاڼه یوه څلورمه ښي لور ته وګرځوئ (فایل نه بدلېږي)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished">بندول</translation>
    </message>
    <message>
        <source>This file cannot be shown. It may be damaged or in a format the preview does not read.</source>
        <translation type="unfinished">دا فایل نه شي ښودل کېدای. کېدای شي خراب وي یا په داسې بڼه وي چې مخکتنه یې نه لولي.</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation type="unfinished">پاڼه {n} له {total}</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <extracomment>Translate as &quot;RTL&quot; for a right-to-left language (Arabic, Dari, Pashto), &quot;LTR&quot; for any other.</extracomment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>ReasonPage</name>
    <message>
        <source>What is asked (Form I-131 Part 1)</source>
        <translation type="unfinished">څه غوښتل کېږي (Form I-131 برخه 1)</translation>
    </message>
    <message>
        <source>The kind of request, its legal basis and who brings it.</source>
        <translation type="unfinished">د غوښتنې ډول، قانوني بنسټ یې او څوک یې راوړي.</translation>
    </message>
    <message>
        <source>First parole (the person is abroad)</source>
        <translation type="unfinished">لومړی پارول (کس په بهر کې دی)</translation>
    </message>
    <message>
        <source>Re-parole (already paroled into the US)</source>
        <translation type="unfinished">د پارول بیا اخیستل (re-parole، مخکې له پارول سره په امریکا کې)</translation>
    </message>
    <message>
        <source>Parole in place (already in the US)</source>
        <translation type="unfinished">په ځای پارول (parole in place، مخکې له مخکې په امریکا کې)</translation>
    </message>
    <message>
        <source>Request type</source>
        <translation type="unfinished">د غوښتنې ډول</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation type="unfinished">— ځواب نه دی ورکړل شوی —</translation>
    </message>
    <message>
        <source>Yes: has not left the US</source>
        <translation type="unfinished">هو: امریکا یې نه ده پرېښې</translation>
    </message>
    <message>
        <source>No: has left the US since</source>
        <translation type="unfinished">نه: له هغه وخته یې امریکا پرېښې</translation>
    </message>
    <message>
        <source>Re-parole: stayed in the US since the parole began</source>
        <translation type="unfinished">د پارول بیا اخیستل: د پارول له پیل راهیسې په امریکا کې پاتې شوی</translation>
    </message>
    <message>
        <source>in the US since …; or when they left and came back</source>
        <translation type="unfinished">له … راهیسې په امریکا کې؛ یا کله ووت او بېرته راغی</translation>
    </message>
    <message>
        <source>Presence: details</source>
        <translation type="unfinished">شتون: جزئیات</translation>
    </message>
    <message>
        <source>— not chosen yet —</source>
        <translation type="unfinished">— تر اوسه نه دی ټاکل شوی —</translation>
    </message>
    <message>
        <source>Urgent humanitarian reasons</source>
        <translation type="unfinished">بېړني بشري دلیلونه</translation>
    </message>
    <message>
        <source>Significant public benefit</source>
        <translation type="unfinished">د پام وړ عامه ګټه</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished">بنسټ</translation>
    </message>
    <message>
        <source>Private request (Form I-131)</source>
        <translation type="unfinished">شخصي غوښتنه (Form I-131)</translation>
    </message>
    <message>
        <source>Agency referral (a US agency sponsors it)</source>
        <translation type="unfinished">د ادارې معرفي (یوه امریکايي اداره یې ملاتړ کوي)</translation>
    </message>
    <message>
        <source>Who brings it</source>
        <translation type="unfinished">څوک یې راوړي</translation>
    </message>
    <message>
        <source>e.g. the US agency that refers the case</source>
        <translation type="unfinished">د بېلګې په توګه هغه امریکايي اداره چې قضیه معرفي کوي</translation>
    </message>
    <message>
        <source>Sponsoring agency</source>
        <translation type="unfinished">ملاتړې اداره</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished">تر اوسه نه دی ثبت شوی</translation>
    </message>
    <message>
        <source>In this packet (the official form, filled)</source>
        <translation type="unfinished">په دې بسته کې (رسمي فورمه، ډکه شوې)</translation>
    </message>
    <message>
        <source>Follows: the requestor sends it later</source>
        <translation type="unfinished">وروسته: غوښتونکی یې لېږي</translation>
    </message>
    <message>
        <source>The supporter mails it themselves</source>
        <translation type="unfinished">ملاتړی یې پخپله په پوسټ لېږي</translation>
    </message>
    <message>
        <source>Supporter&apos;s signed I-134</source>
        <translation type="unfinished">د ملاتړي لاسلیک شوی I-134</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation type="unfinished">— یو دلیل وټاکئ —</translation>
    </message>
    <message>
        <source>Reason category</source>
        <translation type="unfinished">د دلیل کټګوري</translation>
    </message>
    <message>
        <source>In the family&apos;s own words: what happened, why it is urgent now, what the person will do in the United States and how they will return home.</source>
        <translation type="unfinished">د کورنۍ په خپلو خبرو: څه پېښ شول، ولې اوس بېړني دي، کس به په متحده ایالاتو کې څه کوي او څنګه به بېرته کور ته ځي.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished">بیان</translation>
    </message>
    <message>
        <source>Dates and duration</source>
        <translation type="unfinished">نېټې او موده</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation type="unfinished">مهمه نېټه</translation>
    </message>
    <message>
        <source>An event on that day: arrive before it</source>
        <translation type="unfinished">په هغه ورځ پېښه: له هغې مخکې ورسېږي</translation>
    </message>
    <message>
        <source>A deadline: arriving that day is in time</source>
        <translation type="unfinished">وروستۍ موده: په هماغه ورځ رسېدل په وخت دي</translation>
    </message>
    <message>
        <source>The key date is</source>
        <translation type="unfinished">د مهمې نېټې ډول</translation>
    </message>
    <message>
        <source>Event: surgery, hearing, funeral (arriving on the day is too late). Deadline: must arrive by that day.</source>
        <translation type="unfinished">پېښه: جراحي، محکمه، جنازه (په هماغه ورځ رسېدل ناوخته دي). وروستۍ موده: باید تر هغې ورځې ورسېږي.</translation>
    </message>
    <message>
        <source>What happens on that date</source>
        <translation type="unfinished">په هغه نېټه څه کېږي</translation>
    </message>
    <message>
        <source>Ask for expedited processing (mark the request EXPEDITE)</source>
        <translation type="unfinished">د چټکې پروسې غوښتنه (غوښتنه EXPEDITE نښه کړئ)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished">نه دی ورکړل شوی</translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"> میاشتې</translation>
    </message>
    <message>
        <source>Parole needed for</source>
        <translation type="unfinished">د پارول اړینه موده</translation>
    </message>
    <message>
        <source>Needed when more than 12 months are requested.</source>
        <translation type="unfinished">کله چې له 12 میاشتو زیات وغوښتل شي اړین دی.</translation>
    </message>
    <message>
        <source>Why that long</source>
        <translation type="unfinished">ولې دومره اوږد</translation>
    </message>
    <message>
        <source>Visa and admissibility</source>
        <translation type="unfinished">ویزه او د منلو وړتیا</translation>
    </message>
    <message>
        <source>Why no visa or other pathway in time</source>
        <translation type="unfinished">ولې ویزه یا بله لاره په وخت نشته</translation>
    </message>
    <message>
        <source>Why a visa or admission is not possible</source>
        <translation type="unfinished">ولې ویزه یا داخلېدل ممکن نه دي</translation>
    </message>
    <message>
        <source>Grounds (tick all that apply)</source>
        <translation type="unfinished">دلیلونه (ټول هغه چې صدق کوي نښه کړئ)</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)) of this list, from the rules pack.</source>
        <translation type="unfinished">د نه منلو دلیلونه (INA 212(a)) د دې لړلیک، د قواعدو له بستې.</translation>
    </message>
    <message>
        <source>The grounds of inadmissibility (INA 212(a)); the rules pack has no list yet.</source>
        <translation type="unfinished">د نه منلو دلیلونه (INA 212(a))؛ د قواعدو بسته تر اوسه لړلیک نه لري.</translation>
    </message>
    <message>
        <source>exception</source>
        <translation type="unfinished">استثنا</translation>
    </message>
    <message>
        <source>pick from the list</source>
        <translation type="unfinished">له لړلیک وټاکئ</translation>
    </message>
    <message>
        <source>the exception, in the proclamation&apos;s words</source>
        <translation type="unfinished">استثنا، د اعلامیې په کلمو</translation>
    </message>
    <message>
        <source>Entry-ban exception claimed</source>
        <translation type="unfinished">د ننوتلو د بندیز استثنا ادعا شوې</translation>
    </message>
    <message>
        <source>Only when the country is under an entry suspension (Proclamation 10949 or 10998).</source>
        <translation type="unfinished">یوازې کله چې هېواد د ننوتلو تر تعلیق لاندې وي (Proclamation 10949 یا 10998).</translation>
    </message>
    <message>
        <source>Why it applies, and the evidence for it</source>
        <translation type="unfinished">ولې صدق کوي، او د هغې ثبوت</translation>
    </message>
    <message>
        <source>Exception: why</source>
        <translation type="unfinished">استثنا: ولې</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished">مرجع</translation>
    </message>
    <message>
        <source>USCIS (Form I-131, beneficiary outside the US)</source>
        <translation type="unfinished">USCIS (Form I-131، ګټه اخیستونکی له امریکا بهر)</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP د ننوتلو په بندر کې</translation>
    </message>
    <message>
        <source>Filed with</source>
        <translation type="unfinished">چېرته سپارل کېږي</translation>
    </message>
    <message>
        <source>Port of entry</source>
        <translation type="unfinished">د ننوتلو بندر</translation>
    </message>
    <message>
        <source>the port&apos;s street address</source>
        <translation type="unfinished">د بندر د سړک پته</translation>
    </message>
    <message>
        <source>Port address (CBP)</source>
        <translation type="unfinished">د بندر پته (CBP)</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30</source>
        <translation type="unfinished">HH:MM، د بېلګې په توګه 09:30</translation>
    </message>
    <message>
        <source>Time at the port</source>
        <translation type="unfinished">په بندر کې وخت</translation>
    </message>
    <message>
        <source>City, Country — e.g. Islamabad, Pakistan</source>
        <translation type="unfinished">ښار، هېواد — د بېلګې په توګه Islamabad, Pakistan</translation>
    </message>
    <message>
        <source>US embassy or consulate to notify</source>
        <translation type="unfinished">د امریکا سفارت یا قونسلګري چې خبر شي</translation>
    </message>
    <message>
        <source>Intended arrival date</source>
        <translation type="unfinished">د رسېدو ټاکل شوې نېټه</translation>
    </message>
    <message>
        <source>Leave empty for a general case-by-case request</source>
        <translation type="unfinished">د عمومي قضیه په قضیه غوښتنې لپاره تش یې پرېږدئ</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished">پروګرام</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished">فیسونه</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished">ورکړل شوې</translation>
    </message>
    <message>
        <source>Fee waiver requested (Form I-912)</source>
        <translation type="unfinished">د فیس معافیت غوښتل شوی (Form I-912)</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished">معاف</translation>
    </message>
    <message>
        <source>Filing fee</source>
        <translation type="unfinished">د سپارلو فیس</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished">کاغذي</translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished">آنلاین</translation>
    </message>
    <message>
        <source>Filing mode</source>
        <translation type="unfinished">د سپارلو طریقه</translation>
    </message>
    <message>
        <source>Form G-1450 (credit, debit or prepaid card)</source>
        <translation type="unfinished">Form G-1450 (کریډیټ، ډیبیټ یا مخکې تادیه شوی کارت)</translation>
    </message>
    <message>
        <source>Form G-1650 (debit from a US bank account)</source>
        <translation type="unfinished">Form G-1650 (د امریکا له بانکي حساب څخه برداشت)</translation>
    </message>
    <message>
        <source>Form G-1651 (exemption from electronic payment)</source>
        <translation type="unfinished">Form G-1651 (له برېښنايي تادیې معافیت)</translation>
    </message>
    <message>
        <source>Form I-912 (fee waiver instead of payment)</source>
        <translation type="unfinished">Form I-912 (د تادیې پر ځای د فیس معافیت)</translation>
    </message>
    <message>
        <source>Payment (paper filing)</source>
        <translation type="unfinished">تادیه (کاغذي سپارل)</translation>
    </message>
    <message>
        <source>Whose card or bank account pays</source>
        <translation type="unfinished">د چا کارت یا بانکي حساب تادیه کوي</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished">تادیه کوونکی</translation>
    </message>
    <message>
        <source>The beneficiary</source>
        <translation type="unfinished">ګټه اخیستونکی</translation>
    </message>
    <message>
        <source>The requestor</source>
        <translation type="unfinished">غوښتونکی</translation>
    </message>
    <message>
        <source>A supporter</source>
        <translation type="unfinished">یو ملاتړی</translation>
    </message>
    <message>
        <source>The representative</source>
        <translation type="unfinished">استازی</translation>
    </message>
    <message>
        <source>Someone else (not in the request)</source>
        <translation type="unfinished">بل څوک (په غوښتنه کې نشته)</translation>
    </message>
    <message>
        <source>The payer is</source>
        <translation type="unfinished">تادیه کوونکی څوک دی</translation>
    </message>
    <message>
        <source>The card was issued outside the US (G-1450)</source>
        <translation type="unfinished">کارت له امریکا بهر صادر شوی (G-1450)</translation>
    </message>
    <message>
        <source>The payer&apos;s account is at a US bank (needed for G-1650)</source>
        <translation type="unfinished">د تادیه کوونکي حساب په امریکايي بانک کې دی (د G-1650 لپاره اړین)</translation>
    </message>
    <message>
        <source>The client plans to pay it when parole is granted</source>
        <translation type="unfinished">مراجع غواړي کله چې پارول ورکړل شو تادیه یې کړي</translation>
    </message>
    <message>
        <source>A statutory exception is claimed</source>
        <translation type="unfinished">قانوني استثنا ادعا شوې</translation>
    </message>
    <message>
        <source>Parole fee (due at grant)</source>
        <translation type="unfinished">د پارول فیس (د منظورۍ پر مهال)</translation>
    </message>
    <message>
        <source>Exception claimed</source>
        <translation type="unfinished">ادعا شوې استثنا</translation>
    </message>
    <message>
        <source>Facts for the cover letter (only what the client told you)</source>
        <translation type="unfinished">د پوښ لیک لپاره حقایق (یوازې هغه څه چې مراجع تاسو ته وویل)</translation>
    </message>
    <message>
        <source>Intent to return home</source>
        <translation type="unfinished">کور ته د بېرته تلو اراده</translation>
    </message>
    <message>
        <source>Ties to the home country</source>
        <translation type="unfinished">له اصلي هېواد سره اړیکې</translation>
    </message>
    <message>
        <source>Funeral: who died</source>
        <translation type="unfinished">جنازه: څوک مړ شوی</translation>
    </message>
    <message>
        <source>Funeral: relationship to the beneficiary</source>
        <translation type="unfinished">جنازه: له ګټه اخیستونکي سره اړیکه</translation>
    </message>
    <message>
        <source>Minor: who they travel with</source>
        <translation type="unfinished">کم عمره: له چا سره سفر کوي</translation>
    </message>
    <message>
        <source>Minor: companion&apos;s relationship to the child</source>
        <translation type="unfinished">کم عمره: د ملګري اړیکه له ماشوم سره</translation>
    </message>
    <message>
        <source>Protection: why refugee processing is not available in time</source>
        <translation type="unfinished">ساتنه: ولې د کډوالۍ پروسه په وخت نشته</translation>
    </message>
    <message>
        <source>at least {a} words are needed; {b} or more recommended</source>
        <translation type="unfinished">لږ تر لږه {a} کلمې اړینې دي؛ {b} یا زیاتې سپارښتل کېږي</translation>
    </message>
    <message>
        <source>{b} or more words recommended</source>
        <translation type="unfinished">{b} یا زیاتې کلمې سپارښتل کېږي</translation>
    </message>
    <message>
        <source>long enough</source>
        <translation type="unfinished">کافي اوږد</translation>
    </message>
    <message>
        <source>{n} words — {note}</source>
        <translation type="unfinished">{n} کلمې — {note}</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation type="unfinished">د بیا راګرځولو په کیلي پرانیستل</translation>
    </message>
    <message>
        <source>Type the recovery key from the paper sheet, then choose a new passphrase.</source>
        <translation type="unfinished">د بیا راګرځولو کیلي له کاغذ څخه ولیکئ، بیا یو نوی پټنوم وټاکئ.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">د بیا راګرځولو کیلي</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished">نوی پټنوم</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished">نوی پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished">شاته</translation>
    </message>
    <message>
        <source>Unlock and set passphrase</source>
        <translation type="unfinished">پرانیستل او پټنوم ټاکل</translation>
    </message>
    <message>
        <source>The new passphrase is too short: use at least {n} characters.</source>
        <translation type="unfinished">نوی پټنوم ډېر لنډ دی: لږ تر لږه {n} توري وکاروئ.</translation>
    </message>
    <message>
        <source>The two new passphrases are different.</source>
        <translation type="unfinished">دواړه نوي پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault. Check each group of letters.</source>
        <translation type="unfinished">د بیا راګرځولو دا کیلي دا خزانه نه پرانیزي. د تورو هره ډله وګورئ.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished">ستاسو د بیا راګرځولو کیلي</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this key is the only way to open the vault. Write it on paper (or print it) and keep it locked away, apart from this computer. It is shown only now.</source>
        <translation type="unfinished">که پټنوم هېر شي، دا کیلي د خزانې د پرانیستلو یوازینۍ لار ده. په کاغذ یې ولیکئ (یا یې چاپ کړئ) او په قلف شوي ځای کې، له دې کمپیوټر څخه لرې، یې وساتئ. یوازې همدا اوس ښودل کېږي.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished">د بیا راګرځولو کیلي</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation type="unfinished">ما ولیکله</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished">چاپ…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished">دوام</translation>
    </message>
    <message>
        <source>Parole Desktop vault recovery key</source>
        <translation type="unfinished">د Parole Desktop خزانې د بیا راګرځولو کیلي</translation>
    </message>
    <message>
        <source>Printed on {date}. Keep this sheet locked away, apart from the laptop.</source>
        <translation type="unfinished">په {date} چاپ شوه. دا پاڼه په قلف شوي ځای کې، له لپ‌ټاپ څخه لرې وساتئ.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished">چاپ</translation>
    </message>
    <message>
        <source>Printing is not available on this computer. Write the recovery key down by hand.</source>
        <translation type="unfinished">په دې کمپیوټر کې چاپ نه شي کېدای. د بیا راګرځولو کیلي په لاس ولیکئ.</translation>
    </message>
    <message>
        <source>The recovery key is printed only on a printer, never into a file (a file could be copied or synced). Choose a printer, or write the key down by hand.</source>
        <translation type="unfinished">د بیا راګرځولو کیلي یوازې په پرنټر چاپېږي، هېڅکله په فایل کې نه (فایل کاپي یا همغږی کېدای شي). یو پرنټر وټاکئ، یا کیلي په لاس ولیکئ.</translation>
    </message>
</context>
<context>
    <name>RemovedItemsDialog</name>
    <message>
        <source>Removed from this case</source>
        <translation type="unfinished">له دې قضیې لرې شوي</translation>
    </message>
    <message>
        <source>What was removed from this case stays in the vault, with its file, until the case is signed off. Pick one and put it back.</source>
        <translation type="unfinished">هغه څه چې له دې قضیې لرې شوي، له خپل فایل سره د قضیې تر تایید پورې په خزانه کې پاتې کېږي. یو وټاکئ او بېرته یې کېږدئ.</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation type="unfinished">بېرته ایښودل</translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished">کس</translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished">سند</translation>
    </message>
    <message>
        <source>{kind}: {label} — removed {when} by {who}</source>
        <translation type="unfinished">{kind}: {label} — په {when} د {who} لخوا لرې شوی</translation>
    </message>
    <message>
        <source>Not put back</source>
        <translation type="unfinished">بېرته کېښودل نه شو</translation>
    </message>
</context>
<context>
    <name>ReprobeStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">لغوه</translation>
    </message>
    <message>
        <source>Stop preparing exhibit pages now; a packet export prepares what is still missing</source>
        <translation type="unfinished">د ضمیمو د پاڼو چمتو کول اوس ودروئ؛ د بستې صادرول هغه څه چمتو کوي چې لا پاتې دي</translation>
    </message>
    <message>
        <source>Preparing exhibit pages and thumbnails: {done} of {total}</source>
        <translation type="unfinished">د ضمیمو پاڼې او کوچني انځورونه چمتو کېږي: {done} له {total}</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished">درېږي…</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The reviewer reads the whole request and the evidence, then signs off with their own passphrase. A later change to the request or its documents sets the sign-off aside until the request is back exactly as signed, or the reviewer signs again.</source>
        <translation type="unfinished">کتونکی ټوله غوښتنه او اسناد لولي، بیا یې په خپل پټنوم تاییدوي. په غوښتنه یا اسنادو کې وروستی بدلون تایید یو طرف ته کوي تر هغه چې غوښتنه دقیقاً هماغسې شي لکه لاسلیک شوې وه، یا کتونکی بیا لاسلیک وکړي.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation type="unfinished">تایید کول</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished">کتونکی</translation>
    </message>
    <message>
        <source>Reviewer&apos;s passphrase</source>
        <translation type="unfinished">د کتونکي پټنوم</translation>
    </message>
    <message>
        <source>No reviewer profile exists yet. A reviewer creates one in the Reviewers settings.</source>
        <translation type="unfinished">تر اوسه د کتونکي پروفایل نشته. کتونکی یې د کتونکو په تنظیماتو کې جوړوي.</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">د باور لړلیک</translation>
    </message>
    <message>
        <source>Warnings the reviewer accepts</source>
        <translation type="unfinished">هغه خبرداري چې کتونکی یې مني</translation>
    </message>
    <message>
        <source>✓ {name} ({role} {number}) is listed — key {fpr}</source>
        <translation type="unfinished">✓ {name} ({role} {number}) په لړلیک کې دی — کیلي {fpr}</translation>
    </message>
    <message>
        <source>✗ Cannot sign: {why}. Key {fpr}</source>
        <translation type="unfinished">✗ لاسلیک نه شي کېدای: {why}. کیلي {fpr}</translation>
    </message>
    <message>
        <source>Why this is acceptable (required)</source>
        <translation type="unfinished">ولې دا د منلو وړ دی (اړین)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">دلیل</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished">تر اوسه نه دی تایید شوی.</translation>
    </message>
    <message>
        <source>⚠ SIGN-OFF VOID — {reason}.
Signed by {who} on {when}. The reviewer must review the case again and sign off anew.</source>
        <translation type="unfinished">⚠ تایید باطل دی — {reason}.
د {who} لخوا په {when} لاسلیک شوی. کتونکی باید قضیه بیا وګوري او له سره یې تایید کړي.</translation>
    </message>
    <message>
        <source>✓ Signed off by {who} on {when} with rules pack {pack} {version}.</source>
        <translation type="unfinished">✓ د {who} لخوا په {when} د قواعدو د بستې {pack} {version} سره تایید شوې.</translation>
    </message>
    <message>
        <source>Warnings accepted:</source>
        <translation type="unfinished">منل شوي خبرداري:</translation>
    </message>
    <message>
        <source>Choose a reviewer first.</source>
        <translation type="unfinished">لومړی یو کتونکی وټاکئ.</translation>
    </message>
    <message>
        <source>Signing off</source>
        <translation type="unfinished">تاییدېږي</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation type="unfinished">تایید نه شو</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Reviewer profiles</source>
        <translation type="unfinished">د کتونکو پروفایلونه</translation>
    </message>
    <message>
        <source>Attorneys, accredited representatives and supervisors who sign off requests. Each reviewer&apos;s signing key is protected by their own passphrase, which only they should know.</source>
        <translation type="unfinished">وکیلان، منل شوي استازي او سرپرستان چې غوښتنې تاییدوي. د هر کتونکي د لاسلیک کیلي د هغه په خپل پټنوم ساتل کېږي چې یوازې هغه یې باید پوه شي.</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished">کتونکي</translation>
    </message>
    <message>
        <source>Import the organization&apos;s roster…</source>
        <translation type="unfinished">د سازمان د باور لړلیک راوړل…</translation>
    </message>
    <message>
        <source>Write enrolment request…</source>
        <translation type="unfinished">د نوم لیکنې غوښتنه لیکل…</translation>
    </message>
    <message>
        <source>Import digital ID (.p12/.pfx)…</source>
        <translation type="unfinished">ډیجیټل پېژند راوړل (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>New reviewer</source>
        <translation type="unfinished">نوی کتونکی</translation>
    </message>
    <message>
        <source>Reviewer passphrase</source>
        <translation type="unfinished">د کتونکي پټنوم</translation>
    </message>
    <message>
        <source>Repeat the reviewer passphrase</source>
        <translation type="unfinished">د کتونکي پټنوم بیا ولیکئ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;نوم</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished">&amp;رول</translation>
    </message>
    <message>
        <source>&amp;Bar number / accreditation</source>
        <translation type="unfinished">د وکالت &amp;جواز شمېره / اعتبار</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished">&amp;سازمان</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished">&amp;پټنوم</translation>
    </message>
    <message>
        <source>Re&amp;peat passphrase</source>
        <translation type="unfinished">پټنوم &amp;بیا</translation>
    </message>
    <message>
        <source>Create reviewer</source>
        <translation type="unfinished">کتونکی جوړول</translation>
    </message>
    <message>
        <source>No organization roster yet: nobody can sign off until the org admin&apos;s signed roster is imported. A solo attorney is their own organization (see docs/security.md).</source>
        <translation type="unfinished">تر اوسه د سازمان د باور لړلیک نشته: تر هغه چې د سازمان د مدیر لاسلیک شوی لړلیک رانه وړل شي، هېڅوک نه شي تاییدولای. یوازې کار کوونکی وکیل خپل سازمان دی (docs/security.md وګورئ).</translation>
    </message>
    <message>
        <source>Trusted organization: {org}{demo} · roster version {v} · org fingerprint {f}</source>
        <translation type="unfinished">باوري سازمان: {org}{demo} · د لړلیک نسخه {v} · د سازمان ګوتې نښه {f}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation type="unfinished"> (نمایشي)</translation>
    </message>
    <message>
        <source>PDF signing ID</source>
        <translation type="unfinished">د PDF د لاسلیک پېژند</translation>
    </message>
    <message>
        <source>key {f}</source>
        <translation type="unfinished">کیلي {f}</translation>
    </message>
    <message>
        <source>✓ listed in the roster</source>
        <translation type="unfinished">✓ د باور په لړلیک کې شته</translation>
    </message>
    <message>
        <source>✗ cannot sign: {why}</source>
        <translation type="unfinished">✗ لاسلیک نه شي کېدای: {why}</translation>
    </message>
    <message>
        <source>The reviewer passphrase needs at least {n} characters.</source>
        <translation type="unfinished">د کتونکي پټنوم لږ تر لږه {n} توري غواړي.</translation>
    </message>
    <message>
        <source>The two passphrases are different.</source>
        <translation type="unfinished">دواړه پټنومونه سره توپیر لري.</translation>
    </message>
    <message>
        <source>Creating the reviewer&apos;s keys…</source>
        <translation type="unfinished">د کتونکي کیلي جوړېږي…</translation>
    </message>
    <message>
        <source>Choose the organization&apos;s roster</source>
        <translation type="unfinished">د سازمان د باور لړلیک وټاکئ</translation>
    </message>
    <message>
        <source>Roster (*.json);;All files (*)</source>
        <translation type="unfinished">د باور لړلیک (*.json);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">د باور لړلیک</translation>
    </message>
    <message>
        <source>Roster version {v} of {org} is now in use.</source>
        <translation type="unfinished">د {org} د باور لړلیک نسخه {v} اوس کارول کېږي.</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished">نوم لیکنه</translation>
    </message>
    <message>
        <source>The reviewer&apos;s passphrase:</source>
        <translation type="unfinished">د کتونکي پټنوم:</translation>
    </message>
    <message>
        <source>Save the enrolment request</source>
        <translation type="unfinished">د نوم لیکنې غوښتنه خوندي کول</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">د نوم لیکنې فایل (*.json)</translation>
    </message>
    <message>
        <source>Give the file to the org admin and read them this key fingerprint by phone or in person: {f}</source>
        <translation type="unfinished">فایل د سازمان مدیر ته ورکړئ او دا د کیلي ګوتې نښه ورته په تلیفون یا مخامخ ولولئ: {f}</translation>
    </message>
    <message>
        <source>Choose the digital ID</source>
        <translation type="unfinished">ډیجیټل پېژند وټاکئ</translation>
    </message>
    <message>
        <source>Digital ID (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished">ډیجیټل پېژند (*.p12 *.pfx);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Digital ID</source>
        <translation type="unfinished">ډیجیټل پېژند</translation>
    </message>
    <message>
        <source>Password of the digital ID file:</source>
        <translation type="unfinished">د ډیجیټل پېژند د فایل پټنوم:</translation>
    </message>
    <message>
        <source>Importing the digital ID…</source>
        <translation type="unfinished">ډیجیټل پېژند راوړل کېږي…</translation>
    </message>
    <message>
        <source>The digital ID will sign this reviewer&apos;s packets.</source>
        <translation type="unfinished">ډیجیټل پېژند به د دې کتونکي بستې لاسلیک کړي.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">تنظیمات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation type="unfinished">د پروګرام &amp;ژبه</translation>
    </message>
    <message>
        <source>Menus, screens and messages change at once. The packet for filing (forms and letters) stays in English.</source>
        <translation type="unfinished">مینو، پاڼې او پیغامونه سمدستي بدلېږي. د سپارلو بسته (فورمې او لیکونه) په انګلیسي پاتې کېږي.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished">امنیت</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished">له څو دقیقو بې کارونې وروسته قلفول</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> دقیقې</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for</source>
        <translation type="unfinished">له دومره بې کارونې وروسته &amp;قلفول</translation>
    </message>
    <message>
        <source>Rotate keys…</source>
        <translation type="unfinished">کیلي بدلول…</translation>
    </message>
    <message>
        <source>When the passphrase or an old key file may be known to someone: a new master key, old copies stop working.</source>
        <translation type="unfinished">کله چې پټنوم یا زوړ کیلي فایل کېدای شي بل چا ته معلوم وي: نوې اصلي کیلي، زړې کاپي نور کار نه کوي.</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished">د بیا راګرځولو نوې کیلي…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished">کیلي</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished">د خوندیتوب کاپي</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. Keep it on a USB stick stored apart from the laptop; it opens only with this vault&apos;s passphrase.</source>
        <translation type="unfinished">د خوندیتوب کاپي یو کوډ شوی فایل دی. په یوه USB فلش کې یې، له لپ‌ټاپ څخه لرې، وساتئ؛ یوازې د دې خزانې په پټنوم پرانیستل کېږي.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished">همدا اوس د خوندیتوب کاپي…</translation>
    </message>
    <message>
        <source>This laptop (sharing cases)</source>
        <translation type="unfinished">دا لپ‌ټاپ (د قضیو شریکول)</translation>
    </message>
    <message>
        <source>This laptop&apos;s name</source>
        <translation type="unfinished">د دې لپ‌ټاپ نوم</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished">&amp;نوم</translation>
    </message>
    <message>
        <source>This laptop&apos;s fingerprint</source>
        <translation type="unfinished">د دې لپ‌ټاپ ډیجیټل ګوتې نښه</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished">ډیجیټل ګوتې نښه</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished">د باور لړلیک</translation>
    </message>
    <message>
        <source>Save enrolment for the org admin…</source>
        <translation type="unfinished">د سازمان مدیر لپاره د نوم لیکنې خوندي کول…</translation>
    </message>
    <message>
        <source>A file with this laptop&apos;s public keys. The org admin lists it in the roster after comparing the fingerprint (read aloud or scanned from the QR code).</source>
        <translation type="unfinished">د دې لپ‌ټاپ د عامه کیلیو فایل. د سازمان مدیر یې د ګوتې نښې له پرتلې وروسته (په لوړ غږ لوستل یا د QR کوډ سکن) د باور لړلیک ته ورزیاتوي.</translation>
    </message>
    <message>
        <source>QR code of this laptop&apos;s fingerprint</source>
        <translation type="unfinished">د دې لپ‌ټاپ د ګوتې نښې QR کوډ</translation>
    </message>
    <message>
        <source>Organization hub</source>
        <translation type="unfinished">د سازمان هب</translation>
    </message>
    <message>
        <source>The hub&apos;s address</source>
        <translation type="unfinished">د هب پته</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished">&amp;پته</translation>
    </message>
    <message>
        <source>The site&apos;s hub user name</source>
        <translation type="unfinished">په هب کې د دې ځای کارن نوم</translation>
    </message>
    <message>
        <source>Site &amp;user name</source>
        <translation type="unfinished">د ځای &amp;کارن نوم</translation>
    </message>
    <message>
        <source>Save password in this computer&apos;s keyring…</source>
        <translation type="unfinished">پټنوم د دې کمپیوټر په کیلي‌ځای کې خوندي کړئ…</translation>
    </message>
    <message>
        <source>The org admin gives the address, the user name and the password. Share → Exchange with the hub sends this laptop&apos;s work and takes the others&apos;.</source>
        <translation type="unfinished">د سازمان مدیر پته، کارن نوم او پټنوم درکوي. شریکول ← له هب سره تبادله د دې کمپیوټر کار لېږي او د نورو کار اخلي.</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation type="unfinished">د هب پټنوم</translation>
    </message>
    <message>
        <source>The password of hub user “{user}”:</source>
        <translation type="unfinished">د هب کارن «{user}» پټنوم:</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password in (common on Linux without a desktop keyring). Nothing was saved. Start Parole Desktop with PAROLE_HUB_USER and PAROLE_HUB_PASSWORD set in its environment instead.</source>
        <translation type="unfinished">دا کمپیوټر د پټنوم ساتلو لپاره کیلي‌ځای نه لري (په لینکس کې پرته له ډیسکټاپ کیلي‌ځای عام دی). هېڅ شی خوندي نه شو. پر ځای یې Parole Desktop په خپل چاپیریال کې د PAROLE_HUB_USER او PAROLE_HUB_PASSWORD سره پیل کړئ.</translation>
    </message>
    <message>
        <source>The password of hub user “{user}” is kept in this computer&apos;s keyring.</source>
        <translation type="unfinished">د هب کارن «{user}» پټنوم د دې کمپیوټر په کیلي‌ځای کې ساتل کېږي.</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s enrolment</source>
        <translation type="unfinished">د دې لپ‌ټاپ د نوم لیکنې خوندي کول</translation>
    </message>
    <message>
        <source>Enrolment (*.json)</source>
        <translation type="unfinished">د نوم لیکنې فایل (*.json)</translation>
    </message>
    <message>
        <source>Enrolment not saved</source>
        <translation type="unfinished">نوم لیکنه خوندي نه شوه</translation>
    </message>
    <message>
        <source>Enrolment saved</source>
        <translation type="unfinished">نوم لیکنه خوندي شوه</translation>
    </message>
    <message>
        <source>Give {file} to the org admin and compare this fingerprint with theirs: {fpr}</source>
        <translation type="unfinished">{file} د سازمان مدیر ته ورکړئ او دا ګوتې نښه د هغه له نښې سره پرتله کړئ: {fpr}</translation>
    </message>
    <message>
        <source>This vault has never been backed up.</source>
        <translation type="unfinished">د دې خزانې هېڅکله د خوندیتوب کاپي نه ده جوړه شوې.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation type="unfinished">وروستۍ د خوندیتوب کاپي: {when}</translation>
    </message>
    <message>
        <source>Make the first backup onto a USB stick when you can.</source>
        <translation type="unfinished">هر کله چې مو وکړای شول، لومړۍ د خوندیتوب کاپي په USB فلش جوړه کړئ.</translation>
    </message>
    <message>
        <source>Please make a backup now.</source>
        <translation type="unfinished">مهرباني وکړئ همدا اوس د خوندیتوب کاپي جوړه کړئ.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished">تنظیمات خوندي نه شول</translation>
    </message>
</context>
<context>
    <name>SignoffGuard</name>
    <message>
        <source>Change the signed request…</source>
        <translation type="unfinished">لاسلیک شوې غوښتنه بدلول…</translation>
    </message>
    <message>
        <source>the reviewer&apos;s sign-off</source>
        <translation type="unfinished">د کتونکي تایید</translation>
    </message>
    <message>
        <source>the sign-off by {name} on {date}</source>
        <translation type="unfinished">د {name} تایید په {date}</translation>
    </message>
    <message>
        <source>This request matches {who}. Any change you make now sets that sign-off aside until the request is back as signed or the reviewer signs again.</source>
        <translation type="unfinished">دا غوښتنه له {who} سره سمون خوري. هر بدلون چې اوس یې وکړئ هغه تایید یو طرف ته کوي تر هغه چې غوښتنه بېرته د لاسلیک په حالت شي یا کتونکی بیا لاسلیک وکړي.</translation>
    </message>
    <message>
        <source>Signed off: this request matches {who}. Its fields are locked so that a slip of the keyboard cannot set the sign-off aside.</source>
        <translation type="unfinished">تایید شوې: دا غوښتنه له {who} سره سمون خوري. خانې یې قلف دي چې د کیبورډ یوه تېروتنه تایید یو طرف ته نه کړي.</translation>
    </message>
    <message>
        <source>{who} no longer matches this request: it was changed after the reviewer signed. Ask the reviewer to review and sign again.</source>
        <translation type="unfinished">{who} نور له دې غوښتنې سره سمون نه خوري: د کتونکي له لاسلیک وروسته بدله شوې. له کتونکي وغواړئ چې بیا یې وګوري او لاسلیک یې کړي.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation type="unfinished"> او {n} نور</translation>
    </message>
    <message>
        <source>{who} no longer matches: changed {fields}. Undo these changes to restore the sign-off, or ask the reviewer to sign again.</source>
        <translation type="unfinished">{who} نور سمون نه خوري: {fields} بدل شول. د تایید د بېرته راګرځولو لپاره دا بدلونونه بېرته کړئ، یا له کتونکي وغواړئ چې بیا لاسلیک وکړي.</translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished">یوه خانه</translation>
    </message>
    <message>
        <source>Change a signed request</source>
        <translation type="unfinished">لاسلیک شوې غوښتنه بدلول</translation>
    </message>
    <message>
        <source>This request matches {who}. If you change anything, the sign-off is set aside: the request cannot be exported as final until it is back exactly as signed or the reviewer signs again.

Change the request?</source>
        <translation type="unfinished">دا غوښتنه له {who} سره سمون خوري. که هر څه بدل کړئ، تایید یو طرف ته کېږي: غوښتنه د وروستۍ په توګه نه صادرېږي تر هغه چې دقیقاً د لاسلیک حالت ته راوګرځي یا کتونکی بیا لاسلیک وکړي.

غوښتنه بدله شي؟</translation>
    </message>
    <message>
        <source>You are changing a signed request ({who}). Changed fields are listed here as you type.</source>
        <translation type="unfinished">تاسو یوه لاسلیک شوې غوښتنه ({who}) بدلوئ. بدلې شوې خانې دلته ستاسو د لیکلو سره لیست کېږي.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished">بېرته</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation type="unfinished">بېرته یې کېږدئ (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished">پټول</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation type="unfinished">بېرته کېښودل شو.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished">خزانه پرانیستل</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation type="unfinished">خزانه: {folder}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished">پټنوم</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation type="unfinished">د بیا راګرځولو کیلي کارول</translation>
    </message>
    <message>
        <source>Unlock anyway</source>
        <translation type="unfinished">په هر حال پرانیستل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">پرانیستل</translation>
    </message>
    <message>
        <source>DEMO vault with synthetic cases. Passphrase: {passphrase} — do not put real client data in it; start without --demo for your own vault.</source>
        <translation type="unfinished">نمایشي خزانه د جوړو قضیو سره. پټنوم: {passphrase} — د مراجعینو ریښتیني معلومات پکې مه اچوئ؛ د خپلې خزانې لپاره پروګرام له ⁦--demo⁩ پرته پیل کړئ.</translation>
    </message>
    <message>
        <source>Demo reviewer&apos;s passphrase: {p}</source>
        <translation type="unfinished">د نمایشي کتونکي پټنوم: {p}</translation>
    </message>
    <message>
        <source>Only do this if the vault is not open on the other computer any more (it crashed, or the USB stick was pulled out). Two computers writing to one vault can lose work.</source>
        <translation type="unfinished">دا کار یوازې هغه وخت وکړئ چې خزانه نور په بل کمپیوټر کې خلاصه نه وي (هغه ولوېد، یا USB فلش وویستل شو). که دوه کمپیوټرونه په یوه خزانه کې ولیکي، کار کېدای شي ورک شي.</translation>
    </message>
    <message>
        <source>Wrong passphrase. You can try again in {n} s.</source>
        <translation type="unfinished">ناسم پټنوم. له {n} ثانیو وروسته بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>Unlock ({n} s)</source>
        <translation type="unfinished">پرانیستل ({n} ثانیې)</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard language, then try again.</source>
        <translation type="unfinished">ناسم پټنوم. Caps Lock او د کیبورډ ژبه وګورئ، بیا هڅه وکړئ.</translation>
    </message>
</context>
<context>
    <name>_Counts</name>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed or removed.</source>
        <translation type="unfinished">
            <numerusform>د پلټنې ثبت روغ دی: %n توکی، هېڅ یو بدل یا لرې شوی نه دی.</numerusform>
            <numerusform>د پلټنې ثبت روغ دی: %n توکي، هېڅ یو بدل یا لرې شوی نه دی.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log has problems (%n entries checked):
{problems}</source>
        <translation type="unfinished">
            <numerusform>د پلټنې ثبت ستونزې لري (%n توکی وکتل شو):
{problems}</numerusform>
            <numerusform>د پلټنې ثبت ستونزې لري (%n توکي وکتل شول):
{problems}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Creating the demo vault…</source>
        <translation type="unfinished">د ښودنې خزانه جوړېږي…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Continue</source>
        <translation type="unfinished">دوام</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Parole Desktop</source>
        <translation type="unfinished">Parole Desktop</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Accredited representative</source>
        <translation type="unfinished">منل شوی استازی (accredited representative)</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished">وکیل</translation>
    </message>
    <message>
        <source>CBP at a port of entry</source>
        <translation type="unfinished">CBP د ننوتلو په بندر کې</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished">پرېکړه شوې</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished">مسوده</translation>
    </message>
    <message>
        <source>Family unity</source>
        <translation type="unfinished">د کورنۍ یووالی</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished">سپارل شوې</translation>
    </message>
    <message>
        <source>Funeral</source>
        <translation type="unfinished">جنازه</translation>
    </message>
    <message>
        <source>Legal proceeding</source>
        <translation type="unfinished">حقوقي جریان</translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished">درملنه</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation type="unfinished">د غړي بسپنه</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished">نور</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished">ساتنه</translation>
    </message>
    <message>
        <source>Public benefit</source>
        <translation type="unfinished">عامه ګټه</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation type="unfinished">د کتنې لپاره چمتو</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished">تایید شوې</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished">سرپرست</translation>
    </message>
    <message>
        <source>USCIS (Form I-131)</source>
        <translation type="unfinished">USCIS (Form I-131)</translation>
    </message>
    <message>
        <source>Visit a sick relative</source>
        <translation type="unfinished">د ناروغ خپلوان لیدنه</translation>
    </message>
</context>
<context>
    <name>pack_texts</name>
    <message>
        <source>translation out of date: shown in English</source>
        <translation type="unfinished">ژباړه زړه ده: په انګلیسي ښودل کېږي</translation>
    </message>
    <message>
        <source>not translated yet: shown in English</source>
        <translation type="unfinished">لا نه ده ژباړل شوې: په انګلیسي ښودل کېږي</translation>
    </message>
    <message>
        <source>* not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">* لا نه ده کتل شوې: د ژباړې مسوده چې وړ ژباړونکي نه ده کتلې.</translation>
    </message>
    <message>
        <source>Not yet reviewed: a draft translation a qualified translator has not checked.</source>
        <translation type="unfinished">لا نه ده کتل شوې: د ژباړې مسوده چې وړ ژباړونکي نه ده کتلې.</translation>
    </message>
    <message>
        <source>In English, as stored: {message}</source>
        <translation type="unfinished">په انګلیسي، لکه څنګه چې ساتل شوې: {message}</translation>
    </message>
    <message>
        <source>In English: {text}</source>
        <translation type="unfinished">په انګلیسي: {text}</translation>
    </message>
</context>
<context>
    <name>quarantine</name>
    <message>
        <source>Case change</source>
        <extracomment>seal context -&gt; what the table calls it</extracomment>
        <translation type="unfinished">د قضیې بدلون</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished">د شواهدو فایل</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished">وروستۍ تایید</translation>
    </message>
    <message>
        <source>Rules pack</source>
        <translation type="unfinished">د قواعدو بسته</translation>
    </message>
    <message>
        <source>Signed filing</source>
        <translation type="unfinished">لاسلیک شوې غوښتنه</translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished">ترلاسه شوی</translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">له</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">ډول</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">حالت</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">لامل</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation type="unfinished">نامعلوم لپ‌ټاپ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished">په تمه</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation type="unfinished">جلا ساتل شوی</translation>
    </message>
    <message>
        <source>Received but not applied</source>
        <translation type="unfinished">ترلاسه شوي خو نه دي پلي شوي</translation>
    </message>
    <message>
        <source>Copy reason</source>
        <translation type="unfinished">لامل کاپي کول</translation>
    </message>
    <message>
        <source>Nothing received is kept aside.</source>
        <translation type="unfinished">له ترلاسه شویو څخه هېڅ جلا نه دی ساتل شوی.</translation>
    </message>
    <message>
        <source>What other laptops sent that this laptop has not applied, and why. What is kept aside is never applied; what is waiting is taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">هغه څه چې نورو لپ‌ټاپونو لېږلي او دې لپ‌ټاپ نه دي پلي کړي، او ولې. هغه څه چې جلا ساتل شوي هېڅکله نه پلي کېږي؛ هغه څه چې په تمه دي، کله چې هغه څه ورسېږي چې پرې تکیه لري، سمدستي اخیستل کېږي.</translation>
    </message>
</context>
<context>
    <name>reviewers</name>
    <message>
        <source>Trust this organization?</source>
        <translation type="unfinished">په دې سازمان باور وشي؟</translation>
    </message>
    <message>
        <source>First roster for this vault: {org}.
Type the org key fingerprint the org admin gave you by phone or in person (32 characters or more). Nothing is trusted if it differs.</source>
        <translation type="unfinished">د دې خزانې لپاره لومړی د باور لړلیک: {org}.
د سازمان د کیلي هغه ګوتې نښه ولیکئ چې د سازمان مدیر تاسو ته په تلیفون یا مخامخ درکړې (32 توري یا زیات). که توپیر ولري په هېڅ شي باور نه کېږي.</translation>
    </message>
</context>
<context>
    <name>screens</name>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">د خزانې د خوندیتوب کاپي جوړېږي…</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <source>Parole Desktop bundle (*.pdbundle);;All files (*)</source>
        <translation type="unfinished">د Parole Desktop بنډل (*.pdbundle);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>any laptop of the organization</source>
        <translation type="unfinished">د سازمان هر لپ‌ټاپ</translation>
    </message>
    <message>
        <source>The bundle holds nothing new: as far as this laptop knows, they already have everything it has. It still carries this laptop&apos;s acknowledgements.</source>
        <translation type="unfinished">بنډل هېڅ نوی شی نه لري: تر هغه ځایه چې دا لپ‌ټاپ پوهېږي، هغوی مخکې له مخکې هر هغه څه لري چې دا یې لري. بیا هم د دې لپ‌ټاپ د رسید تاییدونه له ځان سره وړي.</translation>
    </message>
    <message>
        <source>{count} sealed objects, {size} KB.</source>
        <translation type="unfinished">{count} مهر شوي توکي، {size} KB.</translation>
    </message>
    <message>
        <source>Bundle number {number} for {who} written to:
{path}

{body}</source>
        <translation type="unfinished">د {who} لپاره د {number} شمېرې بنډل ولیکل شو په:
{path}

{body}</translation>
    </message>
    <message>
        <source>Bundle number {number} from “{sender}” imported.

Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">له «{sender}» څخه د {number} شمېرې بنډل راوړل شو.

پلي شوي: {applied}
د هغه څه انتظار چې پرې تړلي دي: {waiting}
مخکې له مخکې دلته: {duplicate}
جلا ساتل شوي (قرنطین): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">جلا ساتل شوي، او ولې:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">هغه څه چې انتظار کوي ساتل کېږي او کله چې هغه څه راورسېږي چې پرې تړلي دي، اخیستل کېږي.</translation>
    </message>
    <message>
        <source>Export a bundle to…</source>
        <translation type="unfinished">بنډل صادرول ته…</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation type="unfinished">بنډل صادرول</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished">بنډل لیکل کېږي…</translation>
    </message>
    <message>
        <source>Import which bundle?</source>
        <translation type="unfinished">کوم بنډل راوړل شي؟</translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation type="unfinished">بنډل راوړل</translation>
    </message>
    <message>
        <source>Importing the bundle…</source>
        <translation type="unfinished">بنډل راوړل کېږي…</translation>
    </message>
    <message>
        <source>Code for this exchange</source>
        <translation type="unfinished">د دې تبادلې کوډ</translation>
    </message>
    <message>
        <source>“{peer}” wants to exchange with this laptop. Accept only if the sending laptop shows the same code:</source>
        <translation type="unfinished">«{peer}» غواړي له دې لپ‌ټاپ سره تبادله وکړي. یوازې هغه وخت یې ومنئ چې لېږونکی لپ‌ټاپ همدا کوډ وښيي:</translation>
    </message>
    <message>
        <source>Connected to “{peer}”. Check that it shows the same code; the person there accepts it:</source>
        <translation type="unfinished">له «{peer}» سره وصل شو. وګورئ چې همدا کوډ ښيي؛ هلته موجود کس یې مني:</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished">منل</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation type="unfinished">ردول</translation>
    </message>
    <message>
        <source>Receiving: {count} objects…</source>
        <translation type="unfinished">ترلاسه کېږي: {count} توکي…</translation>
    </message>
    <message>
        <source>Waiting for a laptop of the organization.

On the sending laptop choose Share → Send to a laptop on this network… and type:
{addresses}

This laptop&apos;s fingerprint: {fingerprint}</source>
        <translation type="unfinished">د سازمان د یو لپ‌ټاپ انتظار.

په لېږونکي لپ‌ټاپ کې شریکول ← په دې شبکه کې یو لپ‌ټاپ ته لېږل… وټاکئ او ولیکئ:
{addresses}

د دې لپ‌ټاپ ګوتې نښه: {fingerprint}</translation>
    </message>
    <message>
        <source>Sending: {done} of {total} objects…</source>
        <translation type="unfinished">لېږل کېږي: {done} له {total} توکو…</translation>
    </message>
    <message>
        <source>Receiving: {done} of {total} objects…</source>
        <translation type="unfinished">ترلاسه کېږي: {done} له {total} توکو…</translation>
    </message>
    <message>
        <source>Exchanged with “{peer}”.

Sent: {sent}
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">له «{peer}» سره تبادله وشوه.

لېږل شوي: {sent}
پلي شوي: {applied}
د هغه څه انتظار چې پرې تړلي دي: {waiting}
مخکې له مخکې دلته: {duplicate}
جلا ساتل شوي (قرنطین): {quarantined}</translation>
    </message>
    <message>
        <source>It stopped part-way: what moved is kept on both laptops; exchange again to finish.</source>
        <translation type="unfinished">په نیمايي کې ودرېد: هغه څه چې ولېږدول شول په دواړو لپ‌ټاپونو کې ساتل کېږي؛ د بشپړولو لپاره بیا تبادله وکړئ.</translation>
    </message>
    <message>
        <source>Receive on this network</source>
        <translation type="unfinished">په دې شبکه کې ترلاسه کول</translation>
    </message>
    <message>
        <source>Receiving on this network…</source>
        <translation type="unfinished">په دې شبکه کې ترلاسه کېږي…</translation>
    </message>
    <message>
        <source>Send to a laptop on this network</source>
        <translation type="unfinished">په دې شبکه کې یو لپ‌ټاپ ته لېږل</translation>
    </message>
    <message>
        <source>The address the receiving laptop shows (e.g. 192.168.1.20:{port}):</source>
        <translation type="unfinished">هغه پته چې ترلاسه کوونکی لپ‌ټاپ یې ښيي (د بېلګې په توګه 192.168.1.20:{port}):</translation>
    </message>
    <message>
        <source>Exchanging on this network…</source>
        <translation type="unfinished">په دې شبکه کې تبادله کېږي…</translation>
    </message>
</context>
<context>
    <name>share_hub</name>
    <message>
        <source>Looking at the hub…</source>
        <translation type="unfinished">هب کتل کېږي…</translation>
    </message>
    <message>
        <source>Sending this laptop&apos;s work: {done} of {total}</source>
        <translation type="unfinished">د دې کمپیوټر کار لېږل کېږي: {done} له {total}</translation>
    </message>
    <message>
        <source>Receiving the other laptops&apos; work: {done}</source>
        <translation type="unfinished">د نورو کمپیوټرونو کار اخیستل کېږي: {done}</translation>
    </message>
    <message>
        <source>Sent to the hub: {sent}

Received from the hub:
Applied: {applied}
Waiting for what they depend on: {waiting}
Already here: {duplicate}
Kept aside (quarantined): {quarantined}</source>
        <translation type="unfinished">هب ته لېږل شوي: {sent}

له هب څخه ترلاسه شوي:
پلي شوي: {applied}
د هغه څه په تمه چې پرې تړلي دي: {waiting}
دمخه دلته وو: {duplicate}
جلا ساتل شوي (قرنطین): {quarantined}</translation>
    </message>
    <message>
        <source>Kept aside, and why:</source>
        <translation type="unfinished">جلا ساتل شوي، او ولې:</translation>
    </message>
    <message>
        <source>What is waiting is kept and taken as soon as what it depends on arrives.</source>
        <translation type="unfinished">هغه څه چې انتظار کوي ساتل کېږي او کله چې هغه څه راورسېږي چې پرې تړلي دي، اخیستل کېږي.</translation>
    </message>
    <message>
        <source>Cases with fields changed differently on two laptops: {count}. Conflicts in the status bar opens them.</source>
        <translation type="unfinished">هغه قضیې چې ساحې یې په دوو کمپیوټرونو کې په بېلابېلو ډولونو بدلې شوې: {count}. د حالت پټې کې «ټکرونه» یې پرانیزي.</translation>
    </message>
    <message>
        <source>Cancelled. What was already sent or received is kept; Exchange with the hub again to finish.</source>
        <translation type="unfinished">لغوه شو. هغه څه چې دمخه لېږل شوي یا ترلاسه شوي ساتل کېږي؛ د بشپړولو لپاره بیا له هب سره تبادله وکړئ.</translation>
    </message>
    <message>
        <source>The hub cannot be reached: check that this laptop is on the network and that the hub&apos;s address in Settings → Organization hub is right.</source>
        <translation type="unfinished">هب ته لاسرسی نشته: وګورئ چې دا کمپیوټر په شبکه کې دی او په تنظیمات ← د سازمان هب کې د هب پته سمه ده.</translation>
    </message>
    <message>
        <source>The hub refused the user name or password: check both in Settings → Organization hub (the org admin can give the password again).</source>
        <translation type="unfinished">هب کارن نوم یا پټنوم ونه مانه: دواړه په تنظیمات ← د سازمان هب کې وګورئ (د سازمان مدیر کولی شي پټنوم بیا درکړي).</translation>
    </message>
    <message>
        <source>The hub is not set up for Parole Desktop yet: the org admin runs “hub init” once on it, then try again.</source>
        <translation type="unfinished">هب لا د Parole Desktop لپاره نه دی چمتو شوی: د سازمان مدیر یو ځل پرې «hub init» چلوي، بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <source>No organization hub is set up on this laptop: give its address and the site&apos;s user name in Settings → Organization hub.</source>
        <translation type="unfinished">پر دې کمپیوټر د سازمان هېڅ هب نه دی ټاکل شوی: د هغه پته او د ځای کارن نوم په تنظیمات ← د سازمان هب کې ورکړئ.</translation>
    </message>
    <message>
        <source>There is no password for the hub on this laptop: save it with Settings → Organization hub → Save password in this computer&apos;s keyring…, or start the app with PAROLE_HUB_PASSWORD set.</source>
        <translation type="unfinished">پر دې کمپیوټر د هب لپاره پټنوم نشته: په تنظیمات ← د سازمان هب ← پټنوم د دې کمپیوټر په کیلي‌ځای کې خوندي کړئ… سره یې خوندي کړئ، یا پروګرام د PAROLE_HUB_PASSWORD سره پیل کړئ.</translation>
    </message>
    <message>
        <source>Exchange with the hub</source>
        <translation type="unfinished">له هب سره تبادله</translation>
    </message>
    <message>
        <source>Exchanging with the hub…</source>
        <translation type="unfinished">له هب سره تبادله کېږي…</translation>
    </message>
</context>
<context>
    <name>tools</name>
    <message>
        <source>Parole Desktop backup (*.pdbackup);;All files (*)</source>
        <translation type="unfinished">د Parole Desktop د خوندیتوب کاپي (*.pdbackup);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished">د خوندیتوب کاپي</translation>
    </message>
    <message>
        <source>Backup written and verified:
{path}

{cases} cases, {files} files, {size:.1f} MB.
Last backup: {when}</source>
        <translation type="unfinished">د خوندیتوب کاپي ولیکل شوه او تصدیق شوه:
{path}

{cases} قضیې، {files} فایلونه، {size:.1f} MB.
وروستۍ د خوندیتوب کاپي: {when}</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation type="unfinished">ځای یې ونیسي</translation>
    </message>
    <message>
        <source>Backing up the vault…</source>
        <translation type="unfinished">د خزانې د خوندیتوب کاپي جوړېږي…</translation>
    </message>
    <message>
        <source>Back up the vault to…</source>
        <translation type="unfinished">د خزانې د خوندیتوب کاپي ته…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished">بېرته راګرځول</translation>
    </message>
    <message>
        <source>The backup was restored. Unlock it with the passphrase it was made with.</source>
        <translation type="unfinished">د خوندیتوب کاپي بېرته راوګرځول شوه. په هغه پټنوم یې پرانیزئ چې ورسره جوړه شوې وه.</translation>
    </message>
    <message>
        <source>The previous vault was kept aside in:
{folder}</source>
        <translation type="unfinished">پخوانۍ خزانه جلا وساتل شوه په:
{folder}</translation>
    </message>
    <message>
        <source>Restore the other vault</source>
        <translation type="unfinished">بله خزانه بېرته راګرځول</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation type="unfinished">د خوندیتوب کاپي بېرته راګرځول کېږي…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished">د بیا راګرځولو نوې کیلي</translation>
    </message>
    <message>
        <source>Make a new recovery key? The old one will no longer open this vault. Do this when the old one may have been seen or lost.</source>
        <translation type="unfinished">د بیا راګرځولو نوې کیلي جوړه شي؟ زړه کیلي به نور دا خزانه نه پرانیزي. دا کار هغه وخت وکړئ چې زړه کیلي کېدای شي لیدل شوې یا ورکه شوې وي.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished">د بیا راګرځولو نوې کیلي جوړول</translation>
    </message>
    <message>
        <source>Write this recovery key down (or print this window) and keep it apart from the laptop. It is shown only now:

{key}</source>
        <translation type="unfinished">د بیا راګرځولو دا کیلي ولیکئ (یا دا کړکۍ چاپ کړئ) او له لپ‌ټاپ څخه لرې یې وساتئ. یوازې همدا اوس ښودل کېږي:

{key}</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation type="unfinished">کیلي بدلول</translation>
    </message>
    <message>
        <source>Rotating the keys makes copies of the old key file and the old recovery key useless against this vault. Backups made before keep their old keys: make a new backup afterwards.

The vault&apos;s passphrase:</source>
        <translation type="unfinished">د کیلیو بدلول د زاړه کیلي فایل او د بیا راګرځولو زړې کیلي کاپي د دې خزانې پر وړاندې بې ګټې کوي. مخکې جوړې شوې د خوندیتوب کاپي خپلې زړې کیلي ساتي: وروسته یوه نوې د خوندیتوب کاپي جوړه کړئ.

د خزانې پټنوم:</translation>
    </message>
    <message>
        <source>Re-encrypting the files…</source>
        <translation type="unfinished">فایلونه بیا کوډ کېږي…</translation>
    </message>
    <message>
        <source>Rotating the vault&apos;s keys…</source>
        <translation type="unfinished">د خزانې کیلي بدلېږي…</translation>
    </message>
    <message>
        <source>Import a signed rules pack</source>
        <translation type="unfinished">لاسلیک شوې د قواعدو بسته راوړل</translation>
    </message>
    <message>
        <source>Rules pack (*.json *.signed.json *.pack);;All files (*)</source>
        <translation type="unfinished">د قواعدو بسته (*.json *.signed.json *.pack);;ټول فایلونه (*)</translation>
    </message>
    <message>
        <source>Rules pack refused</source>
        <translation type="unfinished">د قواعدو بسته رد شوه</translation>
    </message>
    <message>
        <source>The rules pack was not imported:
{why}</source>
        <translation type="unfinished">د قواعدو بسته رانه وړل شوه:
{why}</translation>
    </message>
    <message>
        <source>Rules pack imported</source>
        <translation type="unfinished">د قواعدو بسته راوړل شوه</translation>
    </message>
    <message>
        <source>Imported {id} version {version}, as of {as_of}.
Readiness is checked with the newest pack from the next unlock.</source>
        <translation type="unfinished">{id} نسخه {version}، تر {as_of} پورې تازه، راوړل شوه.
چمتووالی د راتلونکي پرانیستلو څخه د تر ټولو نوې بستې سره کتل کېږي.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished">د پلټنې ثبت</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished">د {app} په اړه</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <source>The text is refused: {why}.</source>
        <translation type="unfinished">متن رد شو: {why}.</translation>
    </message>
</context>
</TS>
