/*
 * Given names common across many countries (Europe, the Americas, Africa, the Middle East, South
 * and East Asia), by the gender they usually go with. A name gives a person's gender only when
 * nothing nearer does (a title, "Mme", "la ministre", "spokeswoman"); names used for both
 * (Camille, Dominique, Claude, Alex, Andrea, Jean in some languages) are left out on purpose.
 * Lower case, without accents folded: "hélène" and "helene" are both listed where both are common.
 */
const list = (s: string) => s.split(/\s+/u).filter(Boolean);

export const FEMALE_NAMES = list(`
  anna anne ana ann annie amanda amy alice alicia alison amelia angela angelina anita barbara beatrice betty
  brenda carol caroline catherine cathy charlotte christina christine claire clara cynthia daniela deborah
  debra diana diane donna dorothy elena elizabeth ella ellen emily emma erica eva evelyn fiona frances
  grace hannah heather helen ingrid irene isabel isabella jane janet jennifer jessica joan joanna julia julie
  karen kate katherine kathleen kelly kimberly laura lauren linda lisa lucy margaret maria marie martha mary
  megan melissa michelle monica nancy natalie nicole olivia pamela patricia paula rachel rebecca rosa ruth
  sandra sarah sharon sofia sophia sophie stephanie susan teresa tina valentina victoria virginia wendy
  aisha aïcha amina fatima fatma fatou khadija leila leïla layla mariam maryam nadia noura nour salma samira
  yasmina yasmine zainab zeinab zahra amal hana hanan rania dalia lina mona huda iman asma
  ngozi chiamaka amara adaeze folake funmilayo aminata awa mariama oumou kadiatou wanjiru wambui akinyi
  priya anjali sunita lakshmi pooja neha deepika kavita meera shreya aditi
  mei li na xiu ying yuki haruka sakura keiko yumi ji-woo seo-yeon min-ji
  olga tatiana natalia svetlana irina yulia ekaterina anastasia galina marina oksana
  agnieszka katarzyna magdalena małgorzata joanna ewa zofia
  giulia francesca chiara alessandra federica silvia elisa martina
  ines inês carmen lucia lucía pilar mercedes dolores juana guadalupe ximena camila valeria
  ingrid astrid sigrid greta heidi birgit ursula petra sabine
`);

export const MALE_NAMES = list(`
  john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony
  mark donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan
  jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank
  alexander raymond patrick jack dennis jerry tyler aaron henry adam peter nathan douglas zachary walter
  kyle harold carl arthur gerald roger keith jeremy terry lawrence sean christian albert joe ethan austin
  jesse willie billy bruce bryan ralph roy jordan eugene wayne louis philip bobby johnny tom tim dan dave
  mike bill bob jim steve oliver harry charlie alfie noah liam lucas hugo leo victor
  mohamed mohammed muhammad mohammad ahmed ahmad ali omar hassan hussein hussain ibrahim ismail youssef
  yusuf karim khalid mahmoud mustafa moustapha abdel abdul abdullah amir hamid rachid rashid said saïd
  salim tariq walid yassin bilal jamal nabil samir sami faisal
  amadou mamadou moussa oumar ousmane abdoulaye boubacar seydou souleymane idrissa adama cheikh modou
  chinedu emeka olu oluwaseun babatunde kwame kofi kojo yaw themba sipho thabo tendai jomo kamau otieno
  raj rahul amit sanjay vijay arjun ravi suresh anil rajesh vikram
  wei jun ming hao chen jian hiroshi takeshi kenji haruto min-jun seo-jun
  ivan sergei sergueï dmitri dmitry vladimir alexei andrei nikolai mikhail yuri oleg viktor pavel igor
  piotr paweł tomasz krzysztof marek jan
  giuseppe giovanni marco luca matteo francesco alessandro lorenzo antonio paolo roberto
  carlos juan josé jose luis miguel javier diego pablo alejandro fernando jorge manuel pedro rafael
  hans klaus jürgen stefan wolfgang uwe lars anders erik olaf sven
`);
