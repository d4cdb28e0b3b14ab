/**
 * A sample paragraph for each language of the reference template, so the
 * tokenizer lab measures something before the user pastes their own text.
 * Written for Tokencast and shipped under its licence (MIT): free to
 * redistribute. Each reads like a support conversation, the kind of text the
 * template plans for, not like a word list.
 */
export const SAMPLE_TEXTS: Readonly<Record<string, string>> = {
  en: 'Thanks for getting in touch. I looked at your account, and the invoice for last month includes two seats that were added on the 14th. '
    + 'They are charged from that day, so the amount is a little higher than usual. If you did not mean to add them, I can remove both seats today '
    + 'and refund the difference to the card on file; the refund usually shows up within five working days. Before I do that, could you confirm '
    + 'which workspace they belong to? You have three, and only the one called "Design team" has seats that were added recently. '
    + 'Is there anything else I can help you with while I am here?',
  zh: '感谢您的来信。我查看了您的账户，上个月的账单里包含了 14 日新增的两个席位，费用从新增当天开始计算，所以金额比平时略高。'
    + '如果这两个席位是误加的，我今天就可以帮您删除，并把差额退回到您绑定的银行卡上，退款一般会在五个工作日内到账。'
    + '在操作之前，想请您确认一下这两个席位属于哪个工作区：您的账户下有三个工作区，只有名为“设计组”的那个最近新增了席位。'
    + '请问还有其他需要我帮忙的地方吗？',
  ja: 'お問い合わせいただきありがとうございます。アカウントを確認したところ、先月の請求書には14日に追加された2つの席が含まれていました。'
    + '追加した日から料金が発生するため、いつもより少し高くなっています。もし誤って追加されたものでしたら、本日中に両方の席を削除し、'
    + '登録済みのカードに差額を返金いたします。返金は通常5営業日以内に反映されます。その前に、どのワークスペースの席か確認させていただけますか。'
    + 'ワークスペースは3つありますが、最近席が追加されたのは「デザインチーム」だけです。ほかにお手伝いできることはありますか。',
  es: 'Gracias por escribirnos. He revisado su cuenta y la factura del mes pasado incluye dos puestos que se añadieron el día 14. '
    + 'Se cobran desde ese día, por eso el importe es un poco más alto de lo habitual. Si no quería añadirlos, puedo eliminar los dos puestos hoy '
    + 'mismo y devolver la diferencia a la tarjeta registrada; el reembolso suele aparecer en un plazo de cinco días laborables. Antes de hacerlo, '
    + '¿podría confirmarme a qué espacio de trabajo pertenecen? Tiene tres, y solo el llamado «Equipo de diseño» tiene puestos añadidos hace poco. '
    + '¿Hay algo más en lo que pueda ayudarle?',
};
