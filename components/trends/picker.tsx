/** A labelled choice in the Trends page's form (a plain GET form: it works without script). */
export function Picker({ id, name, label, value, options }: { id: string; name: string; label: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-stone-800">{label}</label>
      <select id={id} name={name} defaultValue={value} className="mt-1 rounded-md border border-stone-300 bg-white px-3 py-2">
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}
